import Foundation
import Testing

/// The demo queue's screening output, byte for byte, against the golden file
/// `Fixtures/demo-screen.jsonl`: any change to a rule, a list, the policy or the store that
/// changes a verdict, a finding, a span or an evidence text of the demo shows up here as the
/// reviews it changed. `RECORD_SNAPSHOTS=1 swift test` rewrites the file (and records an
/// issue, so a new baseline never passes silently): read the diff, then commit it.
@Suite struct DemoScreeningGoldenTests {
  @Test func demoScreeningOutputIsStable() throws {
    let dir = try makeTempDirectory("demo-golden")
    let queue = DecideSuggestionTests.repoFile("data/queue/demo.jsonl")
    let golden = DecideSuggestionTests.repoFile("Tests/EndToEndTests/Fixtures/demo-screen.jsonl")
    let (code, output, err) = try ModqProcess.run(["screen", queue], in: dir)
    #expect(code == 0, "\(err)")
    let existing = try? String(contentsOfFile: golden, encoding: .utf8)
    if ProcessInfo.processInfo.environment["RECORD_SNAPSHOTS"] == "1" || existing == nil {
      try output.write(toFile: golden, atomically: true, encoding: .utf8)
      Issue.record("Recorded \(golden); check it and run again")
      return
    }
    guard let existing, existing != output else { return }
    let was = existing.split(separator: "\n")
    let now = output.split(separator: "\n")
    #expect(was.count == now.count, "\(was.count) lines in the golden file, \(now.count) now")
    var changed: [String] = []
    for (old, new) in zip(was, now) where old != new {
      changed.append("- \(old.prefix(300))\n+ \(new.prefix(300))")
    }
    Issue.record(Comment(rawValue:
      "Demo screening differs from the golden file in \(changed.count) reviews "
        + "(RECORD_SNAPSHOTS=1 rewrites it):\n" + changed.prefix(10).joined(separator: "\n")))
  }
}
