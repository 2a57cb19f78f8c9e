import CNcursesw
import CursesTerminal
import Foundation
import TerminalKit
import Testing

/// Every ncurses test lives under this one serialized suite: ncurses is process-global.
/// They need no tty and no TERM (off-screen `newterm("xterm-256color", file, /dev/null)`).
@Suite(.serialized) enum NcursesTests {}

extension NcursesTests {
  static let theme = Theme(
    name: "test",
    roles: [
      "selection": ThemeRole(
        foreground: ThemeColor(c256: 231, c16: 15, c8: 7),
        background: ThemeColor(c256: 25, c16: 4, c8: 4), attributes: [.bold],
        monochrome: [.reverse]),
      "verdict.reject": ThemeRole(foreground: .basic(1), monochrome: [.underline]),
    ])

  @Suite struct Rendering {
    @Test func presentedTextReadsBackWithWideGlyphsAndAttributes() throws {
      let terminal = try CursesTerminal(offscreen: Size(width: 20, height: 3), theme: theme)
      defer { terminal.close() }
      var screen = Screen(size: terminal.size)
      screen.put(text: "café 日本語 ok", at: Point(row: 0, col: 0))
      screen.put(text: "bold", at: Point(row: 1, col: 2), style: Style(attributes: [.bold]))
      screen.put(text: "esc\u{1B}[2J", at: Point(row: 2, col: 0))
      terminal.present(screen)
      let lines = terminal.readBackLines()
      #expect(lines == ["café 日本語 ok      ", "  bold              ", "esc␛[2J             "])
      #expect(terminal.readBackCell(row: 1, col: 2).attributes == [.bold])
      #expect(terminal.readBackCell(row: 1, col: 0).attributes == [])
      #expect(terminal.readBackCell(row: 0, col: 5).text == "日")
    }

    @Test func rolesGetColourPairsFromTheTheme() throws {
      let terminal = try CursesTerminal(offscreen: Size(width: 10, height: 2), theme: theme)
      defer { terminal.close() }
      #expect(terminal.colorMode == .ansi256)
      var screen = Screen(size: terminal.size)
      screen.put(text: "sel", at: Point(row: 0, col: 0), style: .role("selection"))
      terminal.present(screen)
      let cell = terminal.readBackCell(row: 0, col: 0)
      #expect(cell.pair == terminal.colorPair(forRole: "selection"))
      #expect(cell.pair > 0)
      #expect(cell.foreground == 231 && cell.background == 25)
      #expect(cell.attributes == [.bold])
      #expect(terminal.readBackCell(row: 1, col: 0).pair == 0)
    }

    @Test func noColorGivesAttributesOnly() throws {
      let terminal = try CursesTerminal(
        offscreen: Size(width: 10, height: 1), theme: theme, environment: ["NO_COLOR": "1"])
      defer { terminal.close() }
      #expect(terminal.colorMode == .monochrome)
      var screen = Screen(size: terminal.size)
      screen.put(text: "sel", at: Point(row: 0, col: 0), style: .role("selection"))
      terminal.present(screen)
      let cell = terminal.readBackCell(row: 0, col: 0)
      #expect(cell.pair == 0)
      #expect(cell.attributes == [.bold, .reverse])
    }

    @Test func onlyChangedRowsAreSent() throws {
      let path = FileManager.default.temporaryDirectory
        .appendingPathComponent("modq-curses-test-\(getpid()).out").path
      defer { unlink(path) }
      let terminal = try CursesTerminal(
        offscreen: Size(width: 80, height: 24), theme: theme, outputPath: path)
      defer { terminal.close() }
      var first = Screen(size: terminal.size)
      for row in 0..<24 {
        first.put(text: SanitizedText("row \(row) of the first frame"), at: Point(row: row, col: 0))
      }
      terminal.present(first)
      let afterFirst = terminal.outputBytesWritten()
      terminal.present(first)
      let afterSame = terminal.outputBytesWritten()
      var second = first
      second.put(text: "changed", at: Point(row: 5, col: 0), style: .role("selection"))
      terminal.present(second)
      let afterSecond = terminal.outputBytesWritten()
      #expect(afterFirst > 24 * 20)
      #expect(afterSame == afterFirst)
      #expect(afterSecond - afterSame > 0)
      #expect(afterSecond - afterSame < afterFirst / 4)
      #expect(terminal.readBackLines()[5].hasPrefix("changedf the first frame"))
    }

    @Test func hostileTextsReadBackExactlyAsTheScreenHoldsThem() throws {
      let terminal = try CursesTerminal(offscreen: Size(width: 60, height: 8), theme: theme)
      defer { terminal.close() }
      let texts = [
        SanitizedText("\u{1B}]52;c;cm0gLXJmIH4=\u{07}\u{1B}[2J\u{9B}31m"),
        SanitizedText("user\u{202E}gnp.exe f\u{200B}r\u{200D}e\u{FEFF}e \u{3164}"),
        SanitizedText("e" + String(repeating: "\u{0301}", count: 50) + " ok"),
        SanitizedText("日本語 👨\u{200D}👩\u{200D}👧 🇫🇷 café"),
        SanitizedText(bytes: [0x61, 0x9B, 0xC0, 0xAF, 0xED, 0xA0, 0x80, 0x62]),
        SanitizedText("great\rSPAM good\u{08}\u{08}bad \u{0}\u{7F}"),
      ]
      var screen = Screen(size: terminal.size)
      for (row, text) in texts.enumerated() {
        screen.put(text: text, at: Point(row: row, col: 0), overflow: .ellipsis)
      }
      terminal.present(screen)
      #expect(terminal.readBackLines() == screen.lines)
      #expect(terminal.readBackLines()[2].hasPrefix("e\u{0301}\u{0301}\u{0301}\u{0301}⟨+46⟩ ok"))
    }

    @Test func glyphsNcursesFindsNarrowerNeverLeaveStaleCells() throws {
      let terminal = try CursesTerminal(offscreen: Size(width: 6, height: 1))
      defer { terminal.close() }
      var before = Screen(size: terminal.size)
      before.put(text: "abcdef", at: Point(row: 0, col: 0))
      terminal.present(before)
      var after = Screen(size: terminal.size)
      after.put(text: "x❤\u{FE0F}y", at: Point(row: 0, col: 0))
      #expect(after.lines == ["x❤\u{FE0F}y  "])
      terminal.present(after)
      // ncurses (glibc wcwidth) counts ❤ as 1 column: it gets the plain base, and the
      // second cell is blank, not the old "c".
      #expect(terminal.readBackLines() == ["x❤ y  "])
    }

    @Test func unknownTerminalIsAFriendlyError() {
      #expect(throws: CursesTerminalError.cannotOpen(term: "bogus-term")) {
        try CursesTerminal(offscreen: Size(width: 10, height: 2), termName: "bogus-term")
      }
      let message = CursesTerminalError.cannotOpen(term: "bogus-term").description
      #expect(message.contains("TERM=bogus-term"))
    }

    @Test func crashGuardIsInstalledWhileOpen() throws {
      let terminal = try CursesTerminal(offscreen: Size(width: 10, height: 2))
      #expect(CrashGuard.isInstalled)
      terminal.close()
      #expect(!CrashGuard.isInstalled)
      terminal.close()
    }

    @Test func benchmarkProducesFigures() throws {
      let figures = try TerminalBenchmark.run(iterations: 3, sizes: [Size(width: 40, height: 12)])
      #expect(figures.count == 3)
      #expect(figures[0].medianBytes == nil)
      #expect((figures[1].medianBytes ?? 0) > (figures[2].medianBytes ?? 0))
      #expect(TerminalBenchmark.report(figures).contains("keystroke"))
    }
  }

  @Suite struct KeyDecoding {
    func events(_ input: [PushedInput], on terminal: CursesTerminal) -> [InputEvent] {
      terminal.pushInput(input)
      var out: [InputEvent] = []
      while let event = terminal.nextEvent(timeout: .zero), event != .tick { out.append(event) }
      return out
    }

    @Test func charactersNamedKeysAndControls() throws {
      let terminal = try CursesTerminal(offscreen: Size(width: 20, height: 5))
      defer { terminal.close() }
      let decoded = events(
        [
          .text("jé日"), .keyCode(KEY_UP), .keyCode(KEY_NPAGE), .keyCode(KEY_HOME),
          .keyCode(KEY_BTAB), .keyCode(KEY_DC), .keyCode(KEY_BACKSPACE), .keyCode(KEY_F0 + 1),
          .text("\u{1}\u{9}\r\u{7F}"),
        ], on: terminal)
      #expect(
        decoded == [
          .key(.char("j")), .key(.char("é")), .key(.char("日")), .key(.up), .key(.pageDown),
          .key(.home), .key(.backTab), .key(.delete), .key(.backspace), .key(.function(1)),
          .key(.ctrl("a")), .key(.tab), .key(.enter), .key(.backspace),
        ])
    }

    @Test func escapeAloneOrAsAlt() throws {
      let terminal = try CursesTerminal(offscreen: Size(width: 20, height: 5))
      defer { terminal.close() }
      #expect(events([.text("\u{1B}b")], on: terminal) == [.key(.alt("b"))])
      #expect(events([.text("\u{1B}")], on: terminal) == [.key(.escape)])
      #expect(
        events([.text("\u{1B}"), .keyCode(KEY_UP)], on: terminal) == [.key(.escape), .key(.up)])
    }

    @Test func mouseClicksAndWheel() throws {
      let terminal = try CursesTerminal(offscreen: Size(width: 30, height: 7), mouse: true)
      defer { terminal.close() }
      for (mask, kind) in [
        (modq_mouse_button1(), MouseEvent.Kind.click), (modq_mouse_wheel_down(), .scrollDown),
      ] {
        var event = MEVENT()
        event.x = 4
        event.y = 2
        event.bstate = mask
        #expect(ungetmouse(&event) == OK)
        #expect(
          terminal.nextEvent(timeout: .zero) == .mouse(MouseEvent(kind, at: Point(row: 2, col: 4))))
      }
    }

    @Test func resizeReportsTheSizeAndTimeoutTicks() throws {
      let terminal = try CursesTerminal(offscreen: Size(width: 30, height: 7))
      defer { terminal.close() }
      #expect(events([.keyCode(KEY_RESIZE)], on: terminal) == [.resize(Size(width: 30, height: 7))])
      #expect(terminal.nextEvent(timeout: .milliseconds(1)) == .tick)
    }
  }
}
