import Foundation
import Testing

@testable import ModqCore

/// The batched fold (`AuditVerifier.verifyAndFold`) against the reference line-by-line
/// `AuditState.fold`, on generated logs, odd events and damaged copies.
@Suite struct AuditFoldBatchTests {
  /// The reference: check every line and fold it at once.
  static func reference(
    _ bytes: [UInt8], key: AuditKey? = nil, indexIDs: Bool = true
  ) -> (failure: AuditFailure?, state: AuditState) {
    bytes.withUnsafeBytes { p in
      var checker = AuditChainChecker(hasher: AuditHasher(key: key))
      var state = AuditState(indexesIDs: indexIDs)
      let failure = checker.check(p, base: 0) { p, s, e, parser, seq in
        state.fold(p, s, e, parser, seq: seq, offset: s)
      }
      state.head = checker.headString
      return (failure, state)
    }
  }

  static func interned(_ i: ByteInterner) -> [[UInt8]] {
    (0..<i.count).map { Array(i.bytes($0)) }
  }

  /// Every stored field of two states, compared.
  static func expectSame(_ a: AuditState, _ b: AuditState, _ label: String) {
    #expect(a.eventCount == b.eventCount, "\(label)")
    #expect(a.head == b.head, "\(label)")
    #expect(a.current == b.current, "\(label)")
    #expect(a.seqReview == b.seqReview, "\(label)")
    #expect(a.seqVerdict == b.seqVerdict, "\(label)")
    #expect(a.seqModerator == b.seqModerator, "\(label)")
    #expect(a.seqOffset == b.seqOffset, "\(label)")
    #expect(a.idSeq == b.idSeq, "\(label)")
    #expect(interned(a.reviews) == interned(b.reviews), "\(label)")
    #expect(interned(a.moderators) == interned(b.moderators), "\(label)")
    #expect(interned(a.ids) == interned(b.ids), "\(label)")
  }

  static func compare(_ bytes: [UInt8], key: AuditKey? = nil, _ label: String) {
    for indexIDs in [true, false] {
      let ref = reference(bytes, key: key, indexIDs: indexIDs)
      let fast = bytes.withUnsafeBytes {
        AuditVerifier.verifyAndFold(bytes: $0, key: key, indexIDs: indexIDs)
      }
      #expect(fast.verification.failure == ref.failure, "\(label)")
      expectSame(fast.state, ref.state, label)
    }
  }

  /// A log of every kind of event, including ones the fold must ignore: repeated reviews,
  /// undos of decisions and of other events, a missing `final`, an unknown verdict, a
  /// non-integer target, an empty id and a second `id` member.
  static func oddLog(events: Int, seed: UInt64, key: AuditKey? = nil) -> [UInt8] {
    var rng = SeededRandom(seed: seed)
    let hasher = AuditHasher(key: key)
    var out: [UInt8] = []
    var prev = ""
    for seq in 1...events {
      let review = AuditValue.string("r-\(rng.below(40))")
      let moderator = ["ana", "bo", "chen", "d\u{e9}"][rng.below(4)]
      var type = AuditEventType.accept
      var id = "e-\(seq)"
      var members = [AuditMember("review", review)]
      switch rng.below(12) {
      case 0, 1:
        type = .undo
        members = [AuditMember("target", .int(rng.below(seq + 2)))]
      case 2: type = .annotate
      case 3: type = .skip
      case 4: members.append(AuditMember("final", .string("maybe")))
      case 5: type = .override
      case 6:
        type = .undo
        members = [AuditMember("target", .string("7"))]
      case 7:
        id = ""
        members.append(AuditMember("final", .string("reject")))
      case 8:
        members += [AuditMember("final", .string("publish")), AuditMember("id", .string("x-1"))]
      default:
        type = rng.chance(50) ? .escalate : .accept
        let verdict = ["publish", "reject", "escalate"][rng.below(3)]
        members.append(AuditMember("final", .string(verdict)))
      }
      let line = AuditJSONWriter.line(
        seq: seq, ts: "2026-11-23T10:00:00.000Z", moderator: moderator, type: type, prev: prev,
        id: id, members: members, hasher: hasher)
      prev = line.hash
      out += line.bytes
    }
    return out
  }

  @Test func oddEventsFoldTheSameWay() {
    for seed in [1, 2, 3] as [UInt64] {
      Self.compare(Self.oddLog(events: 150, seed: seed), "seed \(seed)")
    }
    let key = AuditKey(bytes: Array("k".utf8))
    Self.compare(Self.oddLog(events: 70, seed: 9, key: key), key: key, "hmac")
  }

  @Test func damagedCopiesFoldTheSameWay() {
    let bytes = Self.oddLog(events: 120, seed: 5)
    let lines = lineRanges(bytes)
    var rng = SeededRandom(seed: 11)
    for _ in 0..<40 {
      var flipped = bytes
      let at = rng.below(bytes.count)
      flipped[at] ^= 0x04
      Self.compare(flipped, "flip at \(at)")
      Self.compare(Array(bytes[..<rng.below(bytes.count)]), "truncated")
    }
    for n in stride(from: 3, to: lines.count - 1, by: 17) {
      var swapped = Array(bytes[..<lines[n].lowerBound])
      swapped += bytes[lines[n + 1]] + [10] + bytes[lines[n]] + [10]
      swapped += bytes[(lines[n + 1].upperBound + 1)...]
      Self.compare(swapped, "swap \(n)")
      var deleted = bytes
      deleted.removeSubrange(lines[n].lowerBound...lines[n].upperBound)
      Self.compare(deleted, "delete \(n)")
    }
  }

  @Test func largeGeneratedLogFoldsTheSameWay() throws {
    let path = try makeTempDir("foldbatch") + "/big.jsonl"
    try AuditLogGenerator.write(path: path, events: 6000)
    let bytes = readBytes(path)
    Self.compare(bytes, "generated")
    let state = bytes.withUnsafeBytes { AuditVerifier.verifyAndFold(bytes: $0).state }
    #expect(state.eventCount == 6000)
    #expect(state.decision(for: "r-49") == nil)  // undone by seq 50
    #expect(state.decision(for: "r-51")?.seq == 51)
    #expect(state.seq(forID: "u-100") == 100)
  }

  @Test func internerReserveAndHugeTablesKeepIDs() {
    var interner = ByteInterner()
    interner.reserve(600_000)
    var keys: [[UInt8]] = []
    for n in 0..<5000 { keys.append(Array("key-\(n * 7919)".utf8)) }
    for (n, key) in keys.enumerated() { #expect(interner.id(key, insert: true) == n) }
    for (n, key) in keys.enumerated() {
      #expect(interner.id(key, insert: false) == n)
      #expect(Array(interner.bytes(n)) == key)
    }
    #expect(interner.id(Array("absent".utf8), insert: false) == nil)
    let table = ByteInterner.zeroedTable(1 << 20)
    #expect(table.count == 1 << 20 && table.allSatisfy { $0 == 0 })
  }

  @Test func hexEqualsIsExactLowercase() {
    let digest: [UInt8] = [0x00, 0x9f, 0xa0, 0xff]
    digest.withUnsafeBytes { d in
      for (text, ok) in [("009fa0ff", true), ("009FA0FF", false), ("009fa0fe", false),
        ("009fa0f", false), ("009fa0ff0", false)]
      {
        let hex = Array(text.utf8)
        #expect(hex.withUnsafeBytes { Hex.equals(d, $0) } == ok, "\(text)")
      }
    }
  }
}
