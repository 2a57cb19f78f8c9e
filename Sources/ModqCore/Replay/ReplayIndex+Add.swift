extension ReplayIndex {
  /// Indexes one verified line `p[s..<e]` (already parsed by `parser`) at file `offset`.
  mutating func add(
    _ p: UnsafeRawBufferPointer, _ s: Int, _ e: Int, _ parser: AuditLineParser, offset: Int
  ) {
    let m = parser.members
    offsets.append(offset)
    lengths.append(Int32(e - s))
    times.append(ReplayTime.milliseconds(p, m[1].valueStart + 1, m[1].valueEnd - 1) ?? 0)
    let moderator = Self.intern(&moderatorNames, p, m[2])
    moderators.append(moderator)
    kinds.append(ReplayEventKind.code(p, m[3].valueStart, m[3].valueEnd).rawValue)
    var final = Self.none
    var suggestedVerdict = Self.none
    var suggestedList: Int32 = -1
    var chosenList: Int32 = -1
    var review: Int32 = -1
    var queue: Int32 = -1
    var policy: Int32 = -1
    var target: Int32 = 0
    var note = false
    for r in m.dropFirst(5) {
      switch r.keyEnd - r.keyStart {
      case 4 where AuditLineParser.equals(p, r.keyStart, r.keyEnd, "note"): note = true
      case 5 where AuditLineParser.equals(p, r.keyStart, r.keyEnd, "final"):
        final = Self.verdictCode(p, r.valueStart, r.valueEnd)
      case 5 where AuditLineParser.equals(p, r.keyStart, r.keyEnd, "queue"):
        queue = Self.intern(&queueNames, p, r)
      case 6 where AuditLineParser.equals(p, r.keyStart, r.keyEnd, "review"):
        review = Self.intern(&reviewNames, p, r)
      case 6 where AuditLineParser.equals(p, r.keyStart, r.keyEnd, "target"):
        target = Int32(clamping: AuditLineParser.int(p, r.valueStart, r.valueEnd) ?? 0)
      case 6 where AuditLineParser.equals(p, r.keyStart, r.keyEnd, "policy"):
        policy = Self.intern(&policyNames, p, r)
      case 8 where AuditLineParser.equals(p, r.keyStart, r.keyEnd, "criteria"):
        chosenList = internList(p, r.valueStart, r.valueEnd)
      case 9 where AuditLineParser.equals(p, r.keyStart, r.keyEnd, "suggested"):
        guard p[r.valueStart] == 0x7B, scratch.parse(p, r.valueStart, r.valueEnd) else { break }
        for q in scratch.members {
          if AuditLineParser.equals(p, q.keyStart, q.keyEnd, "verdict") {
            suggestedVerdict = Self.verdictCode(p, q.valueStart, q.valueEnd)
          } else if AuditLineParser.equals(p, q.keyStart, q.keyEnd, "criteria") {
            suggestedList = internList(p, q.valueStart, q.valueEnd)
          }
        }
      default: break
      }
    }
    finals.append(final)
    suggestedVerdicts.append(suggestedVerdict)
    suggestedLists.append(suggestedList)
    chosenLists.append(chosenList)
    reviews.append(review)
    queues.append(queue)
    policies.append(policy)
    targets.append(target)
    hasNote.append(note)
  }

  private static func intern(
    _ interner: inout ByteInterner, _ p: UnsafeRawBufferPointer, _ r: AuditMemberRange
  ) -> Int32 {
    guard r.valueEnd - r.valueStart >= 2, p[r.valueStart] == 0x22 else { return -1 }
    return Int32(interner.id(p, r.valueStart + 1, r.valueEnd - 1, insert: true) ?? -1)
  }

  /// Interns the JSON array of strings in `p[s..<e]` as a list of criterion ids.
  private mutating func internList(_ p: UnsafeRawBufferPointer, _ s: Int, _ e: Int) -> Int32 {
    guard e > s, p[s] == 0x5B else { return -1 }
    let before = listInterner.count
    guard let n = listInterner.id(p, s, e, insert: true) else { return -1 }
    if n == before {
      var ids: [Int32] = []
      var i = AuditLineParser.skipSpace(p, s + 1, e)
      while i < e, p[i] == 0x22, let end = AuditLineParser.scanString(p, i, e) {
        ids.append(Int32(criterionNames.id(p, i + 1, end - 1, insert: true) ?? 0))
        i = AuditLineParser.skipSpace(p, end, e)
        if i < e, p[i] == 0x2C { i = AuditLineParser.skipSpace(p, i + 1, e) }
      }
      lists.append(ids)
    }
    return Int32(n)
  }

  private static func verdictCode(_ p: UnsafeRawBufferPointer, _ s: Int, _ e: Int) -> UInt8 {
    if AuditLineParser.equals(p, s, e, "\"publish\"") { return 0 }
    if AuditLineParser.equals(p, s, e, "\"reject\"") { return 1 }
    if AuditLineParser.equals(p, s, e, "\"escalate\"") { return 2 }
    return none
  }
}
