#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// A problem that stops an import, export or queue build as a whole (bad rows are not errors:
/// they are reported one by one and counted).
public enum ImportError: Error, Sendable, Equatable, CustomStringConvertible {
  case io(path: String, what: String, errno: Int32)
  /// The mapping or preset file is wrong: names the file and what is wrong.
  case mapping(path: String, reason: String)
  /// The CSV header cannot be used with the mapping.
  case header(path: String, reason: String)
  /// A named preset does not exist.
  case unknownPreset(name: String, known: [String])
  case usage(String)

  public var description: String {
    switch self {
    case .io(let path, let what, let code):
      return "\(path): \(what) failed: \(String(cString: strerror(code)))"
    case .mapping(let path, let reason): return "\(path): \(reason)"
    case .header(let path, let reason): return "\(path):1: \(reason)"
    case .unknownPreset(let name, let known):
      return "no preset named '\(name)' (known: \(known.joined(separator: ", ")))"
    case .usage(let message): return message
    }
  }
}
