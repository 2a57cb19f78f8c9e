import Synchronization

/// Interns role names as small numbers, so a `Style` is two plain integers: copying,
/// comparing and hashing cells costs no string work on the render path.
enum RoleRegistry {
  private struct Table {
    var names: [String] = [""]
    var ids: [String: UInt16] = [:]
  }

  private static let table = Mutex(Table())

  /// The number for `name` (0 for nil), registering it on first use.
  static func id(_ name: String?) -> UInt16 {
    guard let name else { return 0 }
    return table.withLock { table in
      if let id = table.ids[name] { return id }
      guard table.names.count < Int(UInt16.max) else { return 0 }
      let id = UInt16(table.names.count)
      table.names.append(name)
      table.ids[name] = id
      return id
    }
  }

  /// The name for a number (nil for 0).
  static func name(_ id: UInt16) -> String? {
    guard id != 0 else { return nil }
    return table.withLock { table in Int(id) < table.names.count ? table.names[Int(id)] : nil }
  }
}
