import Foundation
import Testing

/// The hostile review corpus (Fixtures/hostile.jsonl, written by
/// scripts/make-hostile-corpus.py) opened with the real `modq` in tmux: every review is
/// walked; the terminal's title and clipboard stay untouched, markers show where the
/// controls were, the layout holds, and nothing crashes.
@Suite("hostile corpus in tmux", .enabled(if: Spawn.available("tmux"), "tmux is not installed"))
struct HostileCorpusTests {
  static let fixture = ModerateJourneyTests.root
    .appendingPathComponent("Tests/EndToEndTests/Fixtures/hostile.jsonl")

  /// (id, start of the title, marker the screen must show) for every line modq accepts, in
  /// queue order.
  static func expectations() throws -> [(id: String, title: String, marker: String)] {
    let data = try Data(contentsOf: fixture)
    var result: [(String, String, String)] = []
    for line in data.split(separator: 0x0A) {
      // Lines of invalid UTF-8 are refused by modq (and by JSONSerialization).
      guard let object = try? JSONSerialization.jsonObject(with: Data(line)) as? [String: Any],
        let id = object["id"] as? String, let marker = object["expect"] as? String,
        let title = object["title"] as? String
      else { continue }
      result.append((id, String(title.prefix(8)), marker))
    }
    return result
  }

  /// Polls until the pane shows review `id` whole: its header and its title (a frame can be
  /// captured half drawn).
  static func waitForReview(
    _ tmux: Tmux, id: String, title: String, timeout: Double = 60
  ) throws -> String {
    try tmux.waitForAll(["Review \(id)", title], timeout: timeout)
  }

  @Test func corpusCoversEveryClass() throws {
    let cases = try Self.expectations()
    #expect(cases.count >= 30)
    let text = try String(contentsOf: Self.fixture, encoding: .isoLatin1)
    for needle in [
      "]52;", "]0;", "]2;", "\\u001b[2J", "\\u001bP", "\\u009b", "\\u202e", "\\u2066",
      "\\u200d", "\\u0301\\u0301\\u0301", "\\u0000", "\\t", "\\r", "\u{9B}", "\u{C0}",
    ] {
      #expect(text.contains(needle), "the corpus lacks \(needle)")
    }
    let longest = text.split(separator: "\n").map(\.utf8.count).max() ?? 0
    #expect(longest > 1 << 20)
  }

  @Test func everyReviewIsDrawnSafely() throws {
    let bin = try #require(ModerateJourneyTests.binary, "modq is not built")
    let cases = try Self.expectations()
    let dir = FileManager.default.temporaryDirectory
      .appendingPathComponent("modq-hostile-\(getpid())-\(UInt32.random(in: 0...UInt32.max))")
    try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(at: dir) }
    let queue = dir.appendingPathComponent("hostile.jsonl").path
    try FileManager.default.copyItem(atPath: Self.fixture.path, toPath: queue)
    let audit = dir.appendingPathComponent("audit.jsonl").path
    let command = [
      "cd '\(dir.path)' &&",
      "env LANG=C.UTF-8 TERM=screen-256color SWIFT_BACKTRACE=interactive=no",
      "XDG_CONFIG_HOME='\(dir.path)' MODQ_DATA_DIR='\(ModerateJourneyTests.root.path)/data'",
      "'\(bin)' moderate '\(queue)' --audit '\(audit)' --moderator e2e;",
      "echo MODQ-EXIT=$?; exec cat",
    ].joined(separator: " ")
    let tmux = Tmux(tag: "hostile")
    // A first session owns the server, so the clipboard option is on before modq draws:
    // with it, a raw OSC 52 from the pane would become a tmux buffer.
    #expect(tmux.run(["new-session", "-d", "-s", "control", "-x", "80", "-y", "24", "cat"]) == 0)
    #expect(tmux.run(["set-option", "-g", "set-clipboard", "on"]) == 0)
    #expect(tmux.start(command: command, width: 120, height: 40))
    let title = tmux.format("#{pane_title}")

    let first = try tmux.waitFor("Review \(cases[0].id)", timeout: 120)
    #expect(first.contains("3 queue line(s) skipped"), "invalid UTF-8 lines not reported")
    for (number, entry) in cases.enumerated() {
      let screen = try Self.waitForReview(tmux, id: entry.id, title: entry.title)
      #expect(
        Self.shows(screen, entry.marker), "\(entry.id): no \(entry.marker) on\n\(screen)")
      expectIntactLayout(screen, height: 40, review: entry.id)
      #expect(tmux.format("#{pane_title}") == title, "\(entry.id) changed the pane title")
      if number + 1 < cases.count { tmux.sendKeys("j") }
    }
    #expect(tmux.output(["list-buffers"]).isEmpty, "a clipboard write reached tmux")

    // Narrow terminal, first review again: the layout still holds.
    tmux.run(["resize-window", "-t", tmux.target, "-x", "80", "-y", "24"])
    try tmux.waitFor("80x24")
    tmux.sendKeys("g")
    let small = try Self.waitForReview(tmux, id: cases[0].id, title: cases[0].title)
    expectIntactLayout(small, height: 24, review: cases[0].id)
    #expect(Self.shows(small, cases[0].marker))

    tmux.sendKeys("q")
    let ended = try tmux.waitFor("MODQ-EXIT=")
    #expect(ended.contains("MODQ-EXIT=0"), "modq did not exit cleanly:\n\(ended)")
    #expect(tmux.format("#{pane_title}") == title)
    #expect(tmux.output(["list-buffers"]).isEmpty)

    // Control: the same checks do catch a raw OSC 52 and OSC 2 written by a program.
    tmux.run([
      "new-window", "-d", "-t", "control", "printf '\\033]52;c;aGk=\\007\\033]2;raw\\007'; cat",
    ])
    var buffers = ""
    for _ in 0..<100 where buffers.isEmpty {
      usleep(50_000)
      buffers = tmux.output(["list-buffers"])
    }
    #expect(!buffers.isEmpty, "a raw OSC 52 should have reached tmux's buffers")
  }

  /// Whether `marker`'s scalars appear in `screen` (by scalars, not graphemes: the `◌`
  /// base and the marks drawn on it make one grapheme).
  static func shows(_ screen: String, _ marker: String) -> Bool {
    let haystack = Array(screen.unicodeScalars)
    let needle = Array(marker.unicodeScalars)
    guard !needle.isEmpty, haystack.count >= needle.count else { return needle.isEmpty }
    return (0...(haystack.count - needle.count)).contains {
      haystack[$0..<($0 + needle.count)].elementsEqual(needle)
    }
  }

  /// The list header on the first row, the hint line on the last, the review in the header.
  private func expectIntactLayout(_ screen: String, height: Int, review: String) {
    var rows = screen.components(separatedBy: "\n")
    while rows.last?.isEmpty == true { rows.removeLast() }
    #expect(rows.count == height, "\(review): \(rows.count) rows instead of \(height)")
    #expect(rows.first?.hasPrefix(" Queue · ") == true, "\(review): first row is not the list")
    let hints = rows.last ?? ""
    #expect(hints.contains("accept") && hints.contains("help"), "\(review): hint line moved")
  }
}
