import ModqCore
import TerminalKit

/// The review pane's content for one item at one width: header, title and body (spans
/// highlighted by action), then the suggestion with each finding's criterion title,
/// evidence, explanation and source. Untrusted text only ever passes through
/// `SanitizedText`; `hiddenCount` feeds the "hidden characters" badge.
public struct ReviewDocument: Sendable {
  struct Block: Sendable {
    let wrapped: WrappedText
    let style: Style
    let indent: Int
  }

  private var blocks: [Block] = []
  private var lineRefs: [(block: Int, line: Int)] = []
  /// Characters the sanitiser replaced with markers, over every untrusted field shown.
  public private(set) var hiddenCount = 0
  let width: Int

  public init(
    item: QueueItem, info: SessionInfo, width: Int, extras: ReviewExtras = ReviewExtras()
  ) {
    // One column is kept free for the ↑/↓ scroll marks.
    self.width = max(1, width - 1)
    let review = item.review
    let findings = item.suggestion?.findings ?? []
    let product = SanitizedText(review.product.name ?? review.product.id ?? "(no product)")
    let maker = [review.product.brand, review.product.category].compactMap { $0 }
    var head = StyledText(product)
    if !maker.isEmpty {
      head = StyledText(product + SanitizedText("  (" + maker.joined(separator: " · ") + ")"))
    }
    add(head, style: .role("chrome.title", [.bold]))
    hiddenCount += product.suspiciousCount
    add(StyledText(metaLine(review)), style: .role("dim"))
    let author = authorLine(review, findings: findings)
    add(author, style: .plain)
    hiddenCount += author.text.suspiciousCount
    let title = highlighted(review.title, field: .title, findings: findings)
    let body = highlighted(review.body, field: .body, findings: findings)
    hiddenCount += title.text.suspiciousCount + body.text.suspiciousCount
    addBlank()
    if !review.title.isEmpty { add(title, style: Style(attributes: [.bold])) }
    if !review.body.isEmpty { add(body, style: .plain) }
    addBlank()
    for line in extras.preface { add(StyledText(SanitizedText(line.text)), style: line.style) }
    addSuggestion(item, info: info, extras: extras)
    for line in extras.afterword {
      add(StyledText(SanitizedText(line.text)), style: line.style, indent: line.indent)
    }
  }

  /// Lines of the whole document at this width.
  public var lineCount: Int { lineRefs.count }

  private mutating func add(_ text: StyledText, style: Style, indent: Int = 0) {
    let wrapped = WrappedText(text, width: max(1, width - indent))
    let index = blocks.count
    blocks.append(Block(wrapped: wrapped, style: style, indent: indent))
    for line in wrapped.lines.indices { lineRefs.append((index, line)) }
  }

  private mutating func addBlank() { add(StyledText(.empty), style: .plain) }

  private func metaLine(_ review: Review) -> SanitizedText {
    let rating = min(max(review.rating, 0), 5)
    let stars = String(repeating: "★", count: rating) + String(repeating: "☆", count: 5 - rating)
    var parts = [stars]
    switch review.verifiedPurchase {
    case true?: parts.append("✓ verified purchase")
    case false?: parts.append("not a verified purchase")
    case nil: break
    }
    if let date = review.submittedAt {
      parts.append(String(date.prefix(16)).replacingT())
    }
    if let locale = review.locale { parts.append(locale) }
    return SanitizedText(parts.joined(separator: "  ·  "))
  }

  private func authorLine(_ review: Review, findings: [Finding]) -> StyledText {
    let prefix = SanitizedText("by ")
    let name = SanitizedText(review.author.name ?? review.author.id ?? "anonymous")
    var line = StyledText(prefix + name)
    let shift = prefix.string.unicodeScalars.count
    for finding in findings {
      for span in finding.spans where span.field == .authorName {
        let range = name.displayRange(ofOriginal: span.start..<span.end)
        line.highlight(
          display: (range.lowerBound + shift)..<(range.upperBound + shift),
          style: Self.highlightStyle(finding.action))
      }
    }
    return line
  }

  private func highlighted(_ text: String, field: ReviewField, findings: [Finding]) -> StyledText {
    var styled = StyledText(SanitizedText(text))
    // Reject spans first, escalate last, so the stronger action shows where they overlap.
    for finding in findings.sorted(by: { $0.action < $1.action }) {
      for span in finding.spans where span.field == field {
        styled.highlight(
          original: span.start..<span.end, style: Self.highlightStyle(finding.action))
      }
    }
    return styled
  }

  static func highlightStyle(_ action: Verdict) -> Style {
    .role(action == .escalate ? "highlight.escalate" : "highlight.reject")
  }

  private mutating func addSuggestion(
    _ item: QueueItem, info: SessionInfo, extras: ReviewExtras
  ) {
    guard let suggestion = item.suggestion else {
      add(StyledText(SanitizedText(extras.missing)), style: .role("dim"))
      return
    }
    let verdict = SanitizedText("\(extras.label): \(suggestion.verdict.rawValue.uppercased())")
    add(StyledText(verdict), style: .role("verdict.\(suggestion.verdict.rawValue)", [.bold]))
    if suggestion.findings.isEmpty {
      add(StyledText("No criterion fired."), style: .role("dim"), indent: 2)
    }
    for finding in suggestion.findings {
      let criterion = info.criterion(finding.criterion)
      let title = criterion?.title ?? finding.criterion
      add(
        StyledText(SanitizedText("● \(title)  [\(finding.criterion)]")),
        style: .role("verdict.\(finding.action.rawValue)"), indent: 1)
      if !finding.evidence.isEmpty {
        let evidence =
          SanitizedText("evidence: “") + SanitizedText(finding.evidence)
          + SanitizedText("”")
        hiddenCount += evidence.suspiciousCount
        add(StyledText(evidence), style: .plain, indent: 3)
      }
      let explanation = finding.explanation.isEmpty ? criterion?.explanation : finding.explanation
      if let explanation, !explanation.isEmpty {
        add(StyledText(SanitizedText(explanation)), style: .plain, indent: 3)
      }
      if !finding.relatedReviewIDs.isEmpty {
        let others = finding.relatedReviewIDs.joined(separator: ", ")
        add(StyledText(SanitizedText("same text as: \(others)")), style: .plain, indent: 3)
      }
      if let source = criterion?.source, !source.isEmpty {
        add(StyledText(SanitizedText("source: \(source)")), style: .role("dim"), indent: 3)
      }
    }
  }

  /// Draws lines from `offset` (clamped) into `rect`, with ↑/↓ when text is cut off.
  public func render(into screen: inout Screen, rect: Rect, offset: Int) {
    screen.fill(rect)
    guard rect.width > 0, rect.height > 0 else { return }
    let first = min(max(0, offset), max(0, lineCount - rect.height))
    for row in 0..<rect.height {
      let index = first + row
      guard index < lineRefs.count else { break }
      let ref = lineRefs[index]
      let block = blocks[ref.block]
      let line = Rect(
        row: rect.row + row, col: rect.col + block.indent, width: rect.width - block.indent,
        height: 1)
      block.wrapped.render(into: &screen, rect: line, from: ref.line, style: block.style)
    }
    if first > 0 {
      screen.set(Cell("↑", style: .role("dim")), row: rect.row, col: rect.right - 1)
    }
    if first + rect.height < lineCount {
      screen.set(Cell("↓", style: .role("dim")), row: rect.bottom - 1, col: rect.right - 1)
    }
  }
}

extension String {
  /// `2026-11-22T00:07` → `2026-11-22 00:07`.
  fileprivate func replacingT() -> String {
    String(map { $0 == "T" ? " " : $0 })
  }
}
