import Foundation
import ModqCore
import Testing

/// The real `modq train` in tmux: a blind practice session on a two-case set; results go to
/// the training log and the production audit log is never created.
@Suite("modq train in tmux", .enabled(if: Spawn.available("tmux"), "tmux is not installed"))
struct TrainJourneyTests {
  static let set = """
    name: "e2e"
    description: "two cases"
    cases:
      - id: price-01
        review:
          id: "t-1"
          rating: 4
          body: "Paid $24.99 and it keeps me warm on cold mornings."
          product: {id: "SKU-301", name: "Stormshell Rain Jacket", brand: "Northpeak", category: "jackets"}
          author: {name: "Dana K."}
          verified_purchase: true
        gold:
          verdict: reject
          criteria: [price.actual]
          spans:
            - {criterion: "price.actual", field: "body", start: 5, end: 11, evidence: "$24.99"}
        explanation: "An actual price is rejected."
        source: "002 Mention of pricing"
        tags: [pricing]
        difficulty: easy
      - id: clean-01
        review:
          id: "t-2"
          rating: 2
          title: "Too small"
          body: "The hood is too small to fit over a helmet, and the zip sticks."
          product: {id: "SKU-301", name: "Stormshell Rain Jacket", brand: "Northpeak", category: "jackets"}
          author: {name: "Lee"}
          verified_purchase: true
        gold:
          verdict: publish
          criteria: []
          spans: []
        explanation: "A harsh but accurate review is published."
        source: "002 Negative reviews"
        tags: [never-reject]
        difficulty: easy

    """

  @Test func blindPracticeSession() throws {
    let bin = try #require(ModerateJourneyTests.binary, "modq is not built")
    let dir = FileManager.default.temporaryDirectory
      .appendingPathComponent("modq-train-e2e-\(getpid())-\(UInt32.random(in: 0...UInt32.max))")
    try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(at: dir) }
    let setPath = dir.appendingPathComponent("set.yaml").path
    try Self.set.write(toFile: setPath, atomically: true, encoding: .utf8)
    let state = dir.appendingPathComponent("state").path
    let command = [
      "cd '\(dir.path)' &&",
      "env LANG=C.UTF-8 TERM=screen-256color SWIFT_BACKTRACE=interactive=no",
      "XDG_CONFIG_HOME='\(dir.path)' XDG_STATE_HOME='\(state)'",
      "MODQ_DATA_DIR='\(ModerateJourneyTests.root.path)/data'",
      "'\(bin)' train '\(setPath)' --trainee e2e --blind;",
      "echo MODQ-EXIT=$?; exec cat",
    ].joined(separator: " ")
    let tmux = Tmux(tag: "train")
    #expect(tmux.start(command: command, width: 100, height: 30))
    let first = try tmux.waitFor("Case 1/2")
    #expect(first.contains("Suggestion hidden"))
    tmux.sendKeys("p")
    // Waits for the whole feedback (a capture can catch the frame half drawn); a missing
    // line times out and fails the test.
    _ = try tmux.waitForAll(["WRONG", "Gold answer: REJECT", "An actual price is rejected."])
    tmux.sendKeys("Enter")
    try tmux.waitFor("Case 2/2")
    tmux.sendKeys("p")
    try tmux.waitFor("RIGHT")
    tmux.sendKeys("Enter")
    _ = try tmux.waitForAll(["Final score", "1/2 verdicts right", "price-01"])
    tmux.sendKeys("q")
    let ended = try tmux.waitFor("MODQ-EXIT=")
    #expect(ended.contains("MODQ-EXIT=0"))

    let log = state + "/modq/training.jsonl"
    let events = try AuditVerifier.events(path: log)
    #expect(events.map(\.type.rawValue) == [
      "train_start", "train_answer", "train_answer", "train_end",
    ])
    #expect(events.allSatisfy { $0.moderator == "e2e" })
    #expect(events[3]["score"]?.intValue == 50)
    #expect(!FileManager.default.fileExists(atPath: state + "/modq/audit.jsonl"))

    let report = Spawn.run([bin, "train", "report", log], capture: true)
    #expect(report.status == 0)
    #expect(report.output.contains("1/2 right (50%)"))
    #expect(report.output.contains("price-01  missed 1 of 1"))
  }
}
