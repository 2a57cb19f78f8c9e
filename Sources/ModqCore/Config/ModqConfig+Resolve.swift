import Foundation

extension ModqConfig {
  /// The default audit log: `$XDG_STATE_HOME/modq/audit.jsonl` (default
  /// `~/.local/state/modq/audit.jsonl`).
  public static func defaultAuditPath(environment: [String: String]) -> String {
    let stateHome = nonEmpty(environment["XDG_STATE_HOME"]) ?? (home(environment) + "/.local/state")
    return stateHome + "/modq/audit.jsonl"
  }

  /// The audit log to use: the flag, else the config, else the default; its directory is
  /// created if needed.
  public func auditPath(
    flag: String?, environment: [String: String] = ProcessInfo.processInfo.environment
  ) throws -> String {
    let path = flag ?? audit ?? Self.defaultAuditPath(environment: environment)
    let dir = (path as NSString).deletingLastPathComponent
    if !dir.isEmpty {
      do {
        try FileManager.default.createDirectory(atPath: dir, withIntermediateDirectories: true)
      } catch {
        throw ConfigError(file: dir, line: nil, reason: "cannot create the audit log directory")
      }
    }
    return path
  }

  /// The moderator name: the flag, else the config, else `$USER`, else "unknown".
  public func moderatorName(
    flag: String?, environment: [String: String] = ProcessInfo.processInfo.environment
  ) -> String {
    flag ?? moderator ?? Self.nonEmpty(environment["USER"]) ?? "unknown"
  }

  /// The HMAC key named by the flag or the config, if any.
  public func auditKey(flag: String?) throws -> AuditKey? {
    guard let file = flag ?? hmacKeyFile else { return nil }
    return try AuditKey(contentsOfFile: file)
  }
}
