import Foundation
import ModqCore

/// `modq train add --from-audit`: turns one real decision of the audit log into a training
/// case. The review is resolved from the queue file the event names and checked against the
/// event's `review_sha256`; gold = the moderator's final verdict and criteria; spans come from
/// the screening engine. `redact` replaces the text of `pii.*` findings with placeholders.
public struct AuditCaseBuilder: Sendable {
  /// Why a decision cannot become a case.
  public struct Failure: Error, CustomStringConvertible, Sendable {
    public var description: String
  }

  public let engine: ScreeningEngine

  public init(engine: ScreeningEngine) { self.engine = engine }

  /// The case for the decision at `seq`. A relative queue path is tried from the working
  /// directory, then from `queueBase`.
  public func makeCase(
    events: [AuditEvent], seq: Int, logPath: String, redact: Bool, queueBase: String? = nil
  ) throws -> TrainingCase {
    guard let event = events.first(where: { $0.seq == seq }) else {
      throw Failure(description: "\(logPath): no event with seq \(seq)")
    }
    guard event.type.isDecision, let final = event.final, let reviewID = event.review,
      let queuePath = event["queue"]?.stringValue,
      let sha = event["review_sha256"]?.stringValue
    else {
      throw Failure(description: "\(logPath): seq \(seq) is a \(event.type), not a decision")
    }
    if events.contains(where: { $0.type == .undo && $0.target == seq }) {
      throw Failure(description: "\(logPath): seq \(seq) was undone")
    }
    var path = queuePath
    if !path.hasPrefix("/"), !FileManager.default.fileExists(atPath: path), let queueBase {
      path = queueBase + "/" + path
    }
    let queue: QueueFile
    do { queue = try QueueFile(path: path) } catch {
      throw Failure(description: "cannot open the queue \(path) named by seq \(seq): \(error)")
    }
    _ = queue.buildIndex()
    guard let entry = queue.entry(id: reviewID) else {
      throw Failure(description: "\(path): review \(reviewID) is not in the queue")
    }
    guard entry.lineSHA256 == sha else {
      throw Failure(
        description: "\(path):\(entry.line): review \(reviewID) changed since the decision "
          + "(review_sha256 differs)")
    }
    var review = entry.review
    var placeholders: [GoldSpan] = []
    if redact { (review, placeholders) = redacted(review) }
    let criteria = event.criteria
    let spans = goldSpans(review, criteria: criteria, placeholders: placeholders)
    var explanation = "Decided \(final.rawValue) by \(event.moderator) on \(event.ts)."
    if let note = event.note { explanation += " Note: \(note)" }
    return TrainingCase(
      id: "audit-\(reviewID)-\(seq)", review: review,
      gold: GoldAnswer(verdict: final, criteria: criteria, spans: spans),
      explanation: explanation,
      source: "audit log \((logPath as NSString).lastPathComponent) seq \(seq)",
      tags: ["from-audit"], difficulty: .medium)
  }

  /// The review with personal details replaced by `[EMAIL]`-style placeholders, and where
  /// each placeholder now is (as a span of its pii criterion). The author becomes anonymous.
  public func redacted(_ review: Review) -> (Review, [GoldSpan]) {
    var out = review
    out.author = Author(name: review.author.name == nil ? nil : "[AUTHOR]")
    out.orderID = nil
    var placeholders: [GoldSpan] = []
    let findings = engine.screen(review).findings.filter { $0.criterion.hasPrefix("pii.") }
    for field in [ReviewField.title, .body] {
      var scalars = Array(review.text(of: field).unicodeScalars)
      let spans = findings.flatMap { f in
        f.spans.filter { $0.field == field }.map { (f.criterion, $0) }
      }
      .sorted { $0.1.start > $1.1.start }
      var lastStart = Int.max
      var marks: [(String, Int, Int)] = []
      for (criterion, span) in spans where span.end <= lastStart && span.end <= scalars.count {
        let label = Self.placeholder(criterion)
        scalars.replaceSubrange(span.start..<span.end, with: label.unicodeScalars)
        let shift = label.unicodeScalars.count - (span.end - span.start)
        marks = marks.map { ($0.0, $0.1 + shift, $0.2 + shift) }
        marks.append((criterion, span.start, span.start + label.unicodeScalars.count))
        lastStart = span.start
      }
      var view = String.UnicodeScalarView()
      view.append(contentsOf: scalars)
      if field == .title { out.title = String(view) } else { out.body = String(view) }
      for (criterion, start, end) in marks {
        placeholders.append(GoldSpan(
          criterion: criterion, span: Span(field: field, start: start, end: end),
          evidence: Self.placeholder(criterion)))
      }
    }
    return (out, placeholders)
  }

  /// `pii.email` → `[EMAIL]`.
  static func placeholder(_ criterion: String) -> String {
    switch criterion {
    case "pii.email": "[EMAIL]"
    case "pii.phone": "[PHONE]"
    case "pii.card_number": "[CARD]"
    case "pii.address": "[ADDRESS]"
    case "pii.id_number": "[ID]"
    case "pii.full_name": "[NAME]"
    default: "[REDACTED]"
    }
  }

  /// A span per gold criterion: the engine's, a placeholder's, or the whole body.
  func goldSpans(_ review: Review, criteria: [String], placeholders: [GoldSpan]) -> [GoldSpan] {
    let findings = engine.screen(review).findings
    var out: [GoldSpan] = []
    for id in criteria {
      var spans = findings.filter { $0.criterion == id }.flatMap(\.spans)
      if spans.isEmpty { spans = placeholders.filter { $0.criterion == id }.map(\.span) }
      if spans.isEmpty {
        let field: ReviewField = review.body.isEmpty ? .title : .body
        spans = [Span(field: field, start: 0, end: review.text(of: field).unicodeScalars.count)]
      }
      for span in spans {
        let scalars = Array(review.text(of: span.field).unicodeScalars)
        guard span.end <= scalars.count, span.start <= span.end else { continue }
        var view = String.UnicodeScalarView()
        view.append(contentsOf: scalars[span.start..<span.end])
        out.append(GoldSpan(criterion: id, span: span, evidence: String(view)))
      }
    }
    return out
  }
}
