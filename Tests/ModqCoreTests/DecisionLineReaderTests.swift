import Foundation
import Testing

@testable import ModqCore

/// `DecisionLineReader` against the `JSONSerialization` reader it replaced (kept here as the
/// reference): the same requests and the same reasons, line by line.
@Suite struct DecisionLineReaderTests {
  /// The former `DecisionFile.parse`, verbatim but for the missing-id default.
  static func reference(_ line: Data) -> Result<DecisionRequest, DecisionLineProblem> {
    guard let object = try? JSONSerialization.jsonObject(with: line) as? [String: Any] else {
      return .failure(DecisionLineProblem(reason: "not a JSON object"))
    }
    guard let review = object["review"] as? String, !review.isEmpty else {
      return .failure(DecisionLineProblem(reason: "missing \"review\" (a string)"))
    }
    guard let text = object["verdict"] as? String, let verdict = Verdict(rawValue: text) else {
      return .failure(
        DecisionLineProblem(reason: "\"verdict\" must be publish, reject or escalate"))
    }
    let criteria = object["criteria"] ?? [String]()
    guard let list = criteria as? [String] else {
      return .failure(DecisionLineProblem(reason: "\"criteria\" must be a list of strings"))
    }
    if object["note"] != nil && !(object["note"] is String) {
      return .failure(DecisionLineProblem(reason: "\"note\" must be a string"))
    }
    if object["id"] != nil && (object["id"] as? String)?.isEmpty != false {
      return .failure(DecisionLineProblem(reason: "\"id\" must be a non-empty string"))
    }
    return .success(
      DecisionRequest(
        review: review, verdict: verdict, criteria: list, note: object["note"] as? String,
        id: (object["id"] as? String) ?? "generated"))
  }

  static let lines: [String] = [
    #"{"review":"r-1","verdict":"publish"}"#,
    #"{"review":"r-2","verdict":"reject","criteria":["pii.phone","spam.link"],"id":"k-2"}"#,
    #"  { "review" : "r-3" , "verdict" : "escalate" , "note" : "caf\u00e9 \"x\"" }  "#,
    #"{"review":"r-4","verdict":"publish","criteria":[]}"#,
    #"{"review":"r-5","verdict":"publish","extra":{"a":[1,2,{"b":null}]},"n":-1.5e3}"#,
    #"{"rev\u0069ew":"r-6","verdict":"publish"}"#,
    #"{"review":"r-7","verdict":"publish","review":"r-8"}"#,
    #"{"review":"r-\ud83d\ude00","verdict":"reject","criteria":[ "a" , "b" ]}"#,
    "{\"review\":\"r-9\",\"verdict\":\"publish\"}\r",
    // Each of these is refused, for the reason the reference gives.
    #"{"review":"r-1","verdict":"publish""#,
    #"{"review":"r-1","verdict":"publish",}"#,
    #"{"review":"r-1","verdict":"publish"} x"#,
    #"["review","r-1"]"#,
    #""review""#,
    "",
    #"{"verdict":"publish"}"#,
    #"{"review":"","verdict":"publish"}"#,
    #"{"review":7,"verdict":"publish"}"#,
    #"{"review":"r-1","verdict":"approve"}"#,
    #"{"review":"r-1","verdict":null}"#,
    #"{"review":"r-1","verdict":"publish","criteria":"pii.phone"}"#,
    #"{"review":"r-1","verdict":"publish","criteria":["a",1]}"#,
    #"{"review":"r-1","verdict":"publish","criteria":["a",]}"#,
    #"{"review":"r-1","verdict":"publish","criteria":null}"#,
    #"{"review":"r-1","verdict":"publish","note":5}"#,
    #"{"review":"r-1","verdict":"publish","note":null}"#,
    #"{"review":"r-1","verdict":"publish","id":""}"#,
    #"{"review":"r-1","verdict":"publish","id":12}"#,
    #"{"review":"r-1","verdict":"publish","note":"bad \x"}"#,
    "{\"review\":\"r-1\",\"verdict\":\"publish\",\"note\":\"tab\there\"}",
  ]

  /// Lines that are not strict JSON (`DecisionFile` hands them to `JSONSerialization`).
  static let lenientOnly: Set<String> = [
    #"{"review":"r-1","verdict":"publish",}"#,
    #"{"review":"r-1","verdict":"publish","criteria":["a",]}"#,
  ]

  @Test func sameRequestsAndReasonsAsTheFoundationReader() {
    var read = 0
    for text in Self.lines {
      let bytes = Array(text.utf8)
      let expected = Self.reference(Data(bytes))
      guard let got = bytes.withUnsafeBufferPointer({ DecisionLineReader.parse($0) }) else {
        // Not strict JSON: `DecisionFile` asks the reference itself. Only the lines known to
        // be lenient-only may be accepted there.
        if case .success = expected { #expect(Self.lenientOnly.contains(text), "\(text)") }
        continue
      }
      #expect(!Self.lenientOnly.contains(text), "\(text)")
      read += 1
      switch (got, expected) {
      case (.success(var a), .success(let b)):
        if b.id == "generated" {
          #expect(a.id.count == 36, "\(text)")
          a.id = "generated"
        }
        #expect(a == b, "\(text)")
      case (.failure(let a), .failure(let b)): #expect(a == b, "\(text)")
      default: Issue.record("\(text): got \(got), expected \(expected)")
      }
    }
    #expect(read >= 20)
  }

  @Test func invalidUTF8IsNotAJSONObject() {
    let bytes: [UInt8] =
      Array(#"{"review":"r-"#.utf8) + [0xC3, 0x28] + Array(#"","verdict":"publish"}"#.utf8)
    #expect(bytes.withUnsafeBufferPointer { DecisionLineReader.parse($0) } == nil)
  }

  @Test func freshIDsAreLowercaseVersion4UUIDs() {
    let ids = (0..<50).map { _ in AuditDraft.newID() }
    #expect(Set(ids).count == 50)
    for id in ids {
      #expect(UUID(uuidString: id) != nil && id == id.lowercased(), "\(id)")
      let chars = Array(id)
      #expect(chars[14] == "4" && "89ab".contains(chars[19]), "\(id)")
    }
  }
}
