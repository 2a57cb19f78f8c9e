import Foundation
import Testing

/// `decide --from` screens only the reviews it decides (plus the whole queue for queue-wide
/// criteria); what it records as `suggested` must still equal what `modq screen` (and so the
/// UI) suggests for every decided review, near-duplicates of undecided reviews included.
@Suite struct DecideSuggestionTests {
  static func repoFile(_ relative: String) -> String {
    var dir = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
    for _ in 0..<2 { dir = dir.deletingLastPathComponent() }
    return dir.appendingPathComponent(relative).path
  }

  /// id -> (verdict, criteria) from JSON Lines objects; `path` picks the suggestion object.
  static func suggestions(
    _ text: String, _ pick: ([String: Any]) -> (String, String, [String])?
  ) -> [String: String] {
    var out: [String: String] = [:]
    for line in text.split(separator: "\n") {
      guard let object = try? JSONSerialization.jsonObject(with: Data(line.utf8)),
        let dict = object as? [String: Any], let (id, verdict, criteria) = pick(dict)
      else { continue }
      out[id] = verdict + " " + criteria.joined(separator: ",")
    }
    return out
  }

  @Test func bulkSuggestionsEqualScreeningTheWholeQueue() throws {
    let dir = try makeTempDirectory("decide-suggest")
    let queue = Self.repoFile("data/queue/demo.jsonl")
    let (screenCode, screened, screenErr) = try ModqProcess.run(["screen", queue], in: dir)
    #expect(screenCode == 0, "\(screenErr)")
    let expected = Self.suggestions(screened) { d in
      guard let id = d["id"] as? String, let verdict = d["verdict"] as? String,
        let findings = d["findings"] as? [[String: Any]]
      else { return nil }
      return (id, verdict, findings.compactMap { $0["criterion"] as? String })
    }
    #expect(expected.count == 188)
    // Every third review, plus one of each near-duplicate group whose partners stay undecided
    // (the decided reviews are screened alone); then every review (the whole queue at once).
    let some = (10001...10188).filter { $0 % 3 == 0 || $0 == 10038 || $0 == 10182 }
      .filter { $0 != 10039 && $0 != 10183 }.map { "r-\($0)" }
    let all = (10001...10188).map { "r-\($0)" }
    for (n, ids) in [some, all].enumerated() {
      let from = dir + "/d\(n).jsonl"
      try ids.map { "{\"review\":\"\($0)\",\"verdict\":\"escalate\"}\n" }.joined()
        .write(toFile: from, atomically: true, encoding: .utf8)
      let log = dir + "/audit\(n).jsonl"
      let (code, _, err) = try ModqProcess.run(
        ["decide", queue, "--from", from, "--audit", log, "--batch", "7"], in: dir)
      #expect(code == 0, "\(err)")
      let recorded = Self.suggestions(ModqProcess.text(log)) { d in
        guard let id = d["review"] as? String, let s = d["suggested"] as? [String: Any],
          let verdict = s["verdict"] as? String, let criteria = s["criteria"] as? [String]
        else { return nil }
        return (id, verdict, criteria)
      }
      #expect(recorded.count == ids.count)
      for id in ids { #expect(recorded[id] == expected[id], "\(id)") }
      #expect(recorded["r-10038"]?.contains("integrity.duplicate") == true)
      #expect(recorded["r-10182"]?.contains("integrity.duplicate") == true)
    }
  }
}
