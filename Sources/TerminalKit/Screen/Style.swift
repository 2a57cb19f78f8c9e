/// How a cell looks: a theme role name (resolved to colours by the device) plus attributes.
///
/// Widgets never pick colours; they name roles (`"selection"`, `"verdict.reject"`), and a
/// `Theme` maps roles to colours for the terminal at hand.
public struct Style: Sendable, Hashable, CustomStringConvertible {
  /// The interned role name (0: none); see `RoleRegistry`.
  var roleID: UInt16
  /// Attributes added to whatever the theme gives the role.
  public var attributes: TextAttributes

  public init(role: String? = nil, attributes: TextAttributes = []) {
    self.roleID = RoleRegistry.id(role)
    self.attributes = attributes
  }

  /// The theme role, or nil for the terminal's default colours.
  public var role: String? {
    get { RoleRegistry.name(roleID) }
    set { roleID = RoleRegistry.id(newValue) }
  }

  /// The default look: no role, no attributes.
  public static let plain = Style()

  /// A style for a theme role.
  public static func role(_ name: String, _ attributes: TextAttributes = []) -> Style {
    Style(role: name, attributes: attributes)
  }

  public var isPlain: Bool { roleID == 0 && attributes.isEmpty }

  /// `other` laid over this style: its role wins when set; attributes are combined.
  public func overlaid(with other: Style) -> Style {
    var result = self
    if other.roleID != 0 { result.roleID = other.roleID }
    result.attributes.formUnion(other.attributes)
    return result
  }

  /// `selection bold reverse`, as style runs list it.
  public var description: String {
    ([role ?? "-"] + attributes.names).joined(separator: " ")
  }
}
