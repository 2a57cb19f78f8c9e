/// A JSON value carried by an audit event's type-specific members.
///
/// Only what the audit log needs: strings, integers, booleans, null, arrays and objects
/// (objects keep their member order, because the serialised bytes are hashed).
public indirect enum AuditValue: Sendable, Hashable {
  case string(String)
  case int(Int)
  case bool(Bool)
  case null
  case array([AuditValue])
  case object([AuditMember])

  /// The string, if this is a string.
  public var stringValue: String? {
    if case .string(let s) = self { return s }
    return nil
  }

  /// The integer, if this is an integer.
  public var intValue: Int? {
    if case .int(let i) = self { return i }
    return nil
  }

  /// The elements, if this is an array.
  public var arrayValue: [AuditValue]? {
    if case .array(let a) = self { return a }
    return nil
  }

  /// The value of member `key`, if this is an object that has it.
  public subscript(key: String) -> AuditValue? {
    if case .object(let members) = self {
      return members.first { $0.key == key }?.value
    }
    return nil
  }
}

/// One `"key": value` member of a JSON object, in serialisation order.
public struct AuditMember: Sendable, Hashable {
  public var key: String
  public var value: AuditValue

  public init(_ key: String, _ value: AuditValue) {
    self.key = key
    self.value = value
  }
}
