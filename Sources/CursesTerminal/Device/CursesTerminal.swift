import CNcursesw
import Foundation
import TerminalKit

/// The ncurses terminal device: paints `Screen`s and decodes keys, mouse and resizes.
///
/// Opening it sets the locale, starts ncurses with `newterm` (a bad TERM is a thrown error,
/// never an exit), switches to raw input, builds colour pairs from the theme, and installs a
/// `CrashGuard` so the terminal is restored on crash and fatal signals. Call `close()` when
/// done (deinit does it too). ncurses is process-global: open one at a time.
public final class CursesTerminal: TerminalDevice {
  let screenPointer: OpaquePointer
  let window: UnsafeMutablePointer<WINDOW>
  let output: UnsafeMutablePointer<FILE>?
  let input: UnsafeMutablePointer<FILE>?
  let palette: ColorPalette
  let keyDecoder: KeyDecoder
  var lastPresented: Screen?
  public private(set) var size: Size
  public private(set) var isClosed = false
  /// True for the off-screen (test/benchmark) mode.
  public let isOffscreen: Bool

  /// Opens the real terminal on stdin/stdout.
  ///
  /// - Parameters:
  ///   - theme: colours for style roles.
  ///   - environment: where `NO_COLOR` is looked up.
  ///   - mouse: report clicks and wheel (disables the terminal's own text selection).
  public convenience init(
    theme: Theme = .builtIn, environment: [String: String] = ProcessInfo.processInfo.environment,
    mouse: Bool = true
  ) throws {
    setlocale(LC_ALL, "")
    CursesTerminal.warnIfNotUTF8()
    use_tioctl(true)
    let output = fdopen(STDOUT_FILENO, "w")
    let input = fdopen(STDIN_FILENO, "r")
    guard let screen = newterm(nil, output, input) else {
      throw CursesTerminalError.cannotOpen(term: environment["TERM"])
    }
    try self.init(
      screen: screen, output: output, input: input, theme: theme, environment: environment,
      mouse: mouse, offscreen: false)
  }

  /// Opens an off-screen terminal of `size` for tests and benchmarks: `xterm-256color`, no tty
  /// needed, output to `outputPath` (default /dev/null) so bytes written can be counted.
  public convenience init(
    offscreen size: Size, theme: Theme = .builtIn, environment: [String: String] = [:],
    outputPath: String = "/dev/null", termName: String = "xterm-256color", mouse: Bool = false
  ) throws {
    setlocale(LC_ALL, "")
    guard let output = fopen(outputPath, "w") else {
      throw CursesTerminalError.cannotOpenFile(path: outputPath)
    }
    guard let input = fopen("/dev/null", "r") else {
      fclose(output)
      throw CursesTerminalError.cannotOpenFile(path: "/dev/null")
    }
    guard let screen = newterm(termName, output, input) else {
      fclose(output)
      fclose(input)
      throw CursesTerminalError.cannotOpen(term: termName)
    }
    resize_term(Int32(size.height), Int32(size.width))
    try self.init(
      screen: screen, output: output, input: input, theme: theme, environment: environment,
      mouse: mouse, offscreen: true)
  }

  private init(
    screen: OpaquePointer, output: UnsafeMutablePointer<FILE>?,
    input: UnsafeMutablePointer<FILE>?, theme: Theme, environment: [String: String],
    mouse: Bool, offscreen: Bool
  ) throws {
    set_term(screen)
    guard let window = modq_stdscr() else {
      endwin()
      delscreen(screen)
      throw CursesTerminalError.cannotOpen(term: environment["TERM"])
    }
    self.screenPointer = screen
    self.window = window
    self.output = output
    self.input = input
    self.isOffscreen = offscreen
    raw()
    noecho()
    nonl()
    keypad(window, true)
    set_escdelay(25)
    curs_set(0)
    // The cursor is hidden: ncurses need not move it after each frame.
    leaveok(window, true)
    // No check for typed-ahead input while painting: ncurses 6.4 polls the input for it
    // every few rows of every frame, yet never stops a frame for it.
    typeahead(-1)
    var colors = 0
    if has_colors() {
      start_color()
      use_default_colors()
      colors = Int(modq_colors())
    }
    let mode = ColorMode.detect(colors: colors, environment: environment)
    self.palette = ColorPalette(theme: theme, mode: mode, maxPairs: Int(modq_color_pairs()))
    self.keyDecoder = KeyDecoder()
    if mouse {
      mousemask(modq_mouse_button1() | modq_mouse_wheel_up() | modq_mouse_wheel_down(), nil)
      mouseinterval(0)
    }
    self.size = Size(width: Int(getmaxx(window)), height: Int(getmaxy(window)))
    // ncurses 6.4 flushes its output after every cursor move until the screen has been
    // suspended once (`_endwin` still `ewInitial`): one write(2) per row of every frame.
    // Suspending and resuming now (before anything is drawn) makes each frame one write.
    endwin()
    doupdate()
    CrashGuard.install()
  }

  deinit { close() }

  /// The colour mode in use (monochrome under NO_COLOR).
  public var colorMode: ColorMode { palette.mode }

  /// Restores the terminal (endwin) and frees ncurses' screen. Safe to call twice.
  public func close() {
    guard !isClosed else { return }
    isClosed = true
    set_term(screenPointer)
    endwin()
    CrashGuard.uninstall()
    delscreen(screenPointer)
    if isOffscreen {
      if let output { fclose(output) }
      if let input { fclose(input) }
    } else if let output {
      fflush(output)
    }
  }

  /// Makes this terminal ncurses' current screen.
  func activate() { set_term(screenPointer) }

  /// Re-reads the size from ncurses (after KEY_RESIZE).
  func refreshSize() {
    size = Size(width: Int(getmaxx(window)), height: Int(getmaxy(window)))
  }

  private static func warnIfNotUTF8() {
    guard let current = setlocale(LC_CTYPE, nil) else { return }
    let name = String(cString: current).lowercased()
    if !name.contains("utf-8") && !name.contains("utf8") {
      FileHandle.standardError.write(
        Data(
          "modq: the locale \(name) is not UTF-8; wide text may misalign (try LANG=C.UTF-8)\n".utf8)
      )
    }
  }
}
