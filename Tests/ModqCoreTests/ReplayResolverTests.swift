import Foundation
import Testing
@testable import ModqCore

@Suite struct ReplayResolverTests {
  @Test func verifiedChangedAndMissing() throws {
    let resolver = try ReviewResolver(paths: [ReplayFixture.queuePath])
    let sha = try ReplayFixture.queueSHA()
    let ok = resolver.resolve(review: "r-1", queue: "queue.jsonl", sha256: sha["r-1"])
    guard case .verified(let entry, _) = ok else {
      Issue.record("expected verified, got \(ok.summary)")
      return
    }
    #expect(entry.review.rating == 1)
    let changed = resolver.resolve(review: "r-2", queue: "queue.jsonl", sha256: String(repeating: "00", count: 32))
    #expect(changed.summary.hasPrefix("TEXT DIFFERS"))
    #expect(changed.entry?.review.id == "r-2")
    let missing = resolver.resolve(review: "r-404", queue: "queue.jsonl", sha256: sha["r-1"])
    #expect(missing.summary.hasPrefix("TEXT UNAVAILABLE"))
    #expect(missing.entry == nil)
    let none = try ReviewResolver(paths: []).resolve(review: "r-1", queue: nil, sha256: nil)
    #expect(none.summary.contains("no --queue"))
  }

  @Test func detailSaysWhatTheModeratorSawAndDid() throws {
    let log = try ReplayFixture.open()
    let resolver = try ReviewResolver(paths: [ReplayFixture.queuePath])
    let describer = ReplayDescriber(log.index)
    func detail(_ i: Int) -> [String] {
      let event = log.event(at: i)
      let resolved = event.flatMap { e in
        e.review.map {
          resolver.resolve(review: $0, queue: e["queue"]?.stringValue, sha256: e["review_sha256"]?.stringValue)
        }
      }
      return describer.detail(i, event: event, resolved: resolved).map(\.text)
    }
    let override = detail(2)
    #expect(override.contains { $0.hasPrefix("TEXT DIFFERS") })
    #expect(override.contains("suggested: reject  because: profanity"))
    #expect(override.contains("final: publish  criteria: (none)"))
    #expect(override.contains("note: mild profanity is allowed"))
    let accept = detail(1)
    #expect(accept.contains { $0.hasPrefix("text verified") })
    #expect(accept.contains { $0.contains("555-201-7788") })
    #expect(describer.row(6).hasSuffix("reverses seq 5"))
  }
}
