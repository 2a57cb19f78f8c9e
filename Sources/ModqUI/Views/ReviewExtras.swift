import TerminalKit

/// What the review pane shows around the findings block: its label ("Suggestion", or
/// "Gold answer" in training), the line when there is nothing to show, and lines before and
/// after it (training's right/wrong banner, explanation and source). Text is sanitised.
public struct ReviewExtras: Sendable {
  /// One extra line of the review pane.
  public struct Line: Sendable {
    public var text: String
    public var style: Style
    public var indent: Int

    public init(_ text: String, style: Style = .plain, indent: Int = 0) {
      self.text = text
      self.style = style
      self.indent = indent
    }
  }

  public var label: String
  public var missing: String
  public var preface: [Line]
  public var afterword: [Line]

  public init(
    label: String = "Suggestion", missing: String = "Suggestion: screening…",
    preface: [Line] = [], afterword: [Line] = []
  ) {
    self.label = label
    self.missing = missing
    self.preface = preface
    self.afterword = afterword
  }
}
