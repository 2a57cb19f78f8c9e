// The only module that talks to ncurses.
import CNcursesw
import TerminalKit
