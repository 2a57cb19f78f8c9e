import Foundation
import Yams

extension Theme {
  /// Reads a theme file (see docs/terminal.md for the format).
  public static func load(path: String) throws -> Theme {
    let text: String
    do {
      text = try String(contentsOfFile: path, encoding: .utf8)
    } catch {
      throw ThemeError(
        source: path, line: nil, message: "cannot read: \(error.localizedDescription)")
    }
    return try parse(yaml: text, source: path)
  }

  /// Parses theme YAML; `source` names the file in errors.
  public static func parse(yaml: String, source: String) throws -> Theme {
    let root: Node?
    do {
      root = try Yams.compose(yaml: yaml)
    } catch let error as YamlError {
      throw ThemeError(source: source, line: nil, message: "not valid YAML: \(error)")
    }
    guard let mapping = root?.mapping else {
      throw ThemeError(source: source, line: root?.mark?.line, message: "expected a mapping")
    }
    let name = mapping["name"]?.string ?? source
    guard let rolesNode = mapping["roles"], let roles = rolesNode.mapping else {
      throw ThemeError(source: source, line: root?.mark?.line, message: "missing `roles:` mapping")
    }
    var parsed: [String: ThemeRole] = [:]
    for (key, value) in roles {
      guard let roleName = key.string else {
        throw ThemeError(source: source, line: key.mark?.line, message: "role names are strings")
      }
      parsed[roleName] = try parseRole(value, source: source)
    }
    return Theme(name: name, roles: parsed)
  }

  private static func parseRole(_ node: Node, source: String) throws -> ThemeRole {
    guard let mapping = node.mapping else {
      throw ThemeError(source: source, line: node.mark?.line, message: "a role is a mapping")
    }
    var role = ThemeRole()
    for (key, value) in mapping {
      switch key.string ?? "" {
      case "fg": role.foreground = try parseColor(value, source: source)
      case "bg": role.background = try parseColor(value, source: source)
      case "attrs": role.attributes = try parseAttributes(value, source: source)
      case "mono": role.monochrome = try parseAttributes(value, source: source)
      default:
        throw ThemeError(
          source: source, line: key.mark?.line,
          message: "unknown key \"\(key.string ?? "?")\" (expected fg, bg, attrs, mono)")
      }
    }
    return role
  }

  /// `default`, a basic colour name, a number 0-15, or `[c256, c16, c8]`.
  private static func parseColor(_ node: Node, source: String) throws -> ThemeColor {
    let line = node.mark?.line
    if let sequence = node.sequence {
      let values = sequence.compactMap(\.int)
      guard values.count == 3, sequence.count == 3,
        values[0] >= -1, values[0] < 256, values[1] >= -1, values[1] < 16,
        values[2] >= -1, values[2] < 8
      else {
        throw ThemeError(
          source: source, line: line,
          message: "a colour list is [0-255, 0-15, 0-7] (256, 16 and 8-colour fallbacks)")
      }
      return ThemeColor(c256: values[0], c16: values[1], c8: values[2])
    }
    if let number = node.int, number >= -1, number < 16 { return .basic(number) }
    if let text = node.string, let index = ThemeColor.names[text] { return .basic(index) }
    throw ThemeError(
      source: source, line: line,
      message: "unknown colour \"\(node.string ?? "?")\" (a name, 0-15, or [c256, c16, c8])")
  }

  private static func parseAttributes(_ node: Node, source: String) throws -> TextAttributes {
    guard let sequence = node.sequence else {
      throw ThemeError(source: source, line: node.mark?.line, message: "attributes are a list")
    }
    var attributes: TextAttributes = []
    for item in sequence {
      guard let name = item.string,
        let attribute = TextAttributes.names.first(where: { $0.0 == name })?.1
      else {
        throw ThemeError(
          source: source, line: item.mark?.line,
          message: "unknown attribute \"\(item.string ?? "?")\" (bold, reverse, underline, dim)")
      }
      attributes.insert(attribute)
    }
    return attributes
  }
}
