// The moderator app: model, update, views. Pure; drawn into TerminalKit's Screen.
import ModqCore
import ModqScreening
import TerminalKit
