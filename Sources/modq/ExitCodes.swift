import ArgumentParser

/// modq's documented exit codes (README, "Exit codes").
enum ExitCodes {
  /// Success.
  static let ok = ExitCode(0)
  /// The command ran but found a problem in its input: malformed queue lines, a policy example
  /// that misbehaves, an I/O error.
  static let failure = ExitCode(1)
  /// The audit log failed verification (tampering, corruption, a torn tail not yet recovered).
  static let integrity = ExitCode(2)
  /// A decision was refused (unknown review id, already decided, log refuses appends).
  static let refused = ExitCode(3)
  /// Usage error (ArgumentParser's own code for bad arguments).
  static let usage = ExitCode(64)
}
