/// Maps role names (`verdict.reject`, `selection`, …) to colours and attributes.
///
/// A role missing from the theme falls back to its parent (`highlight.reject` to
/// `highlight`), then to the terminal's defaults.
public struct Theme: Sendable, Hashable {
  public var name: String
  public var roles: [String: ThemeRole]

  public init(name: String, roles: [String: ThemeRole]) {
    self.name = name
    self.roles = roles
  }

  /// The roles the moderator UI uses; every shipped theme defines all of them.
  public static let requiredRoles: [String] = [
    "verdict.publish", "verdict.reject", "verdict.escalate",
    "highlight.reject", "highlight.escalate",
    "chrome.title", "chrome.border", "chrome.status", "chrome.hint",
    "selection", "warning", "error", "ok", "dim", "badge.hidden", "marker",
  ]

  /// The role entry for `role`, or its nearest dotted parent's.
  public func role(_ role: String) -> ThemeRole? {
    var name = Substring(role)
    while true {
      if let found = roles[String(name)] { return found }
      guard let dot = name.lastIndex(of: ".") else { return nil }
      name = name[..<dot]
    }
  }

  /// Colours and attributes for a cell style in `mode`: the role's colours (or, in
  /// monochrome, its monochrome attributes) plus the role's and the cell's attributes.
  public func resolve(_ style: Style, mode: ColorMode) -> ResolvedStyle {
    guard let roleName = style.role, let entry = role(roleName) else {
      return ResolvedStyle(foreground: -1, background: -1, attributes: style.attributes)
    }
    var attributes = entry.attributes.union(style.attributes)
    if mode == .monochrome { attributes.formUnion(entry.monochrome) }
    return ResolvedStyle(
      foreground: entry.foreground.value(for: mode), background: entry.background.value(for: mode),
      attributes: attributes)
  }

  /// A built-in theme that needs no file: attributes only, readable on any terminal.
  public static let builtIn = Theme(
    name: "built-in",
    roles: [
      "verdict.publish": ThemeRole(attributes: [.bold]),
      "verdict.reject": ThemeRole(attributes: [.bold, .underline]),
      "verdict.escalate": ThemeRole(attributes: [.bold, .reverse]),
      "highlight": ThemeRole(attributes: [.underline]),
      "highlight.escalate": ThemeRole(attributes: [.reverse]),
      "chrome.title": ThemeRole(attributes: [.bold]),
      "chrome.status": ThemeRole(attributes: [.reverse]),
      "chrome.hint": ThemeRole(attributes: [.dim]),
      "chrome.border": ThemeRole(attributes: [.dim]),
      "selection": ThemeRole(attributes: [.reverse]),
      "warning": ThemeRole(attributes: [.bold]),
      "error": ThemeRole(attributes: [.bold, .reverse]),
      "dim": ThemeRole(attributes: [.dim]),
      "badge.hidden": ThemeRole(attributes: [.bold, .reverse]),
      "marker": ThemeRole(attributes: [.reverse]),
      "ok": ThemeRole(),
    ])
}
