import Foundation
import Yams

/// Settings from `modq.yaml`. Command-line flags override them; relative paths in the file
/// are resolved against the file's own directory.
public struct ModqConfig: Sendable, Hashable {
  /// The daily queue (JSON Lines).
  public var queue: String?
  /// The audit log. Default: `$XDG_STATE_HOME/modq/audit.jsonl`.
  public var audit: String?
  /// Who is deciding. Default: `$USER`.
  public var moderator: String?
  /// The policy file in force.
  public var policy: String?
  /// The demo store (demo-store.md).
  public var store: String?
  /// UI theme name or file.
  public var theme: String?
  /// File holding the HMAC key for audit line hashes.
  public var hmacKeyFile: String?
  /// Where escalations are written.
  public var outbox: String?
  /// Command run when a review is escalated.
  public var onEscalate: String?
  /// How long a claim on a review lasts without activity, in seconds (`claim_lease`).
  public var claimLease: Double?
  /// The file these settings came from (nil when no file was found).
  public var source: String?

  /// The keys `modq.yaml` understands.
  public static let keys = [
    "queue", "audit", "moderator", "policy", "store", "theme", "hmac_key_file", "outbox",
    "on_escalate", "claim_lease",
  ]
  /// Keys whose values are paths (resolved relative to the config file).
  static let pathKeys: Set<String> = [
    "queue", "audit", "policy", "store", "hmac_key_file", "outbox",
  ]

  public init() {}

  /// Where `modq.yaml` is looked for, in order: the working directory, then
  /// `$XDG_CONFIG_HOME/modq/` (default `~/.config/modq/`).
  public static func searchPaths(
    workingDirectory: String, environment: [String: String]
  ) -> [String] {
    let configHome = nonEmpty(environment["XDG_CONFIG_HOME"]) ?? (home(environment) + "/.config")
    return [workingDirectory + "/modq.yaml", configHome + "/modq/modq.yaml"]
  }

  /// Loads the first `modq.yaml` found; an empty config if there is none.
  public static func load(
    workingDirectory: String = FileManager.default.currentDirectoryPath,
    environment: [String: String] = ProcessInfo.processInfo.environment
  ) throws -> ModqConfig {
    for path in searchPaths(workingDirectory: workingDirectory, environment: environment)
    where FileManager.default.fileExists(atPath: path) {
      return try load(file: path)
    }
    return ModqConfig()
  }

  /// Loads one config file.
  public static func load(file: String) throws -> ModqConfig {
    guard let data = FileManager.default.contents(atPath: file) else {
      throw ConfigError(file: file, line: nil, reason: "cannot read the file")
    }
    guard let text = String(data: data, encoding: .utf8) else {
      throw ConfigError(file: file, line: nil, reason: "not valid UTF-8")
    }
    return try parse(yaml: text, file: file)
  }

  /// Parses config text; `file` names it in errors and anchors relative paths.
  public static func parse(yaml: String, file: String) throws -> ModqConfig {
    var config = ModqConfig()
    config.source = file
    let node: Node?
    do {
      node = try Yams.compose(yaml: yaml)
    } catch let error as YamlError {
      throw ConfigError(file: file, line: line(of: error), reason: reason(of: error))
    }
    guard let node else { return config }
    guard let mapping = node.mapping else {
      throw ConfigError(file: file, line: node.mark?.line, reason: "expected `key: value` lines")
    }
    let base = (file as NSString).deletingLastPathComponent
    for (keyNode, valueNode) in mapping {
      guard let key = keyNode.string, keys.contains(key) else {
        throw ConfigError(
          file: file, line: keyNode.mark?.line,
          reason: "unknown key '\(keyNode.string ?? "?")' (known: \(keys.joined(separator: ", ")))")
      }
      guard let raw = valueNode.scalar?.string else {
        throw ConfigError(
          file: file, line: valueNode.mark?.line, reason: "'\(key)' must be a single value")
      }
      let value = pathKeys.contains(key) ? resolve(expandHome(raw), against: base) : raw
      if key == "claim_lease" {
        guard let seconds = Self.seconds(raw) else {
          throw ConfigError(
            file: file, line: valueNode.mark?.line,
            reason: "claim_lease must be a duration of at least 3 seconds (e.g. 600, 90s, 10m)")
        }
        config.claimLease = seconds
        continue
      }
      config.set(key, value)
    }
    return config
  }

  private mutating func set(_ key: String, _ value: String) {
    switch key {
    case "queue": queue = value
    case "audit": audit = value
    case "moderator": moderator = value
    case "policy": policy = value
    case "store": store = value
    case "theme": theme = value
    case "hmac_key_file": hmacKeyFile = value
    case "outbox": outbox = value
    default: onEscalate = value
    }
  }

  private static func line(of error: YamlError) -> Int? {
    switch error {
    case .scanner(_, _, let mark, _), .parser(_, _, let mark, _), .composer(_, _, let mark, _):
      mark.line
    case .duplicatedKeysInMapping(_, let context): context.mark.line
    default: nil
    }
  }

  private static func reason(of error: YamlError) -> String {
    switch error {
    case .scanner(_, let problem, _, _), .parser(_, let problem, _, _),
      .composer(_, let problem, _, _):
      "malformed YAML: \(problem)"
    case .duplicatedKeysInMapping(let keys, _): "duplicate key(s): \(keys.joined(separator: ", "))"
    default: "malformed YAML: \(error)"
    }
  }

  /// `600`, `90s`, `10m` as seconds (at least 3); nil if malformed.
  public static func seconds(_ text: String) -> Double? {
    var digits = Substring(text.trimmingCharacters(in: .whitespaces))
    var scale = 1.0
    if digits.hasSuffix("m") {
      scale = 60
      digits = digits.dropLast()
    } else if digits.hasSuffix("s") {
      digits = digits.dropLast()
    }
    guard let value = Double(digits), value.isFinite, value * scale >= 3 else { return nil }
    return value * scale
  }

  static func nonEmpty(_ s: String?) -> String? { s.flatMap { $0.isEmpty ? nil : $0 } }

  static func home(_ environment: [String: String]) -> String {
    nonEmpty(environment["HOME"]) ?? NSHomeDirectory()
  }

  private static func expandHome(_ path: String) -> String {
    path.hasPrefix("~/") ? NSHomeDirectory() + path.dropFirst(1) : path
  }

  private static func resolve(_ path: String, against base: String) -> String {
    path.hasPrefix("/") || base.isEmpty ? path : base + "/" + path
  }
}
