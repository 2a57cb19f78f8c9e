import Foundation

/// How big the process proofs run. Plain `swift test` runs them small; the proof scripts
/// (scripts/proofs/) set `MODQ_PROOF=ci` for issue #7's sizes or `release` for the long runs.
enum ProofScale {
  static let mode = ProcessInfo.processInfo.environment["MODQ_PROOF"] ?? ""

  /// `small` under `swift test`, `ci` with MODQ_PROOF=ci, `release` with MODQ_PROOF=release.
  static func pick(small: Int, ci: Int, release: Int) -> Int {
    switch mode {
    case "release": release
    case "ci": ci
    default: small
    }
  }

  /// Prints a proof's figures on one line (the scripts collect lines starting `proof:`).
  static func report(_ text: String) { print("proof: \(text)") }
}
