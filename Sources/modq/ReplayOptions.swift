import ArgumentParser
import Foundation
import ModqCore

/// Options shared by `replay`, `report` and `policy backtest`: queue files and the key.
struct ReplayInputOptions: ParsableArguments {
  @Option(name: .customLong("queue"), parsing: .upToNextOption, help: "Queue file(s) holding the decided reviews (JSON Lines).")
  var queues: [String] = []

  @Option(name: .customLong("key-file"), help: "File holding the HMAC key of the audit log (default: modq.yaml hmac_key_file).")
  var keyFile: String?

  /// Opens and verifies the whole log; exit 1 if it cannot be read.
  func openLog(_ path: String) throws -> ReplayLog {
    try openLoader(path).finish(chunkBytes: .max)
  }

  /// Maps the log for verifying in steps (nothing verified yet); exit 1 if it cannot be read.
  func openLoader(_ path: String) throws -> ReplayLoader {
    do {
      let key = try ModqConfig.load().auditKey(flag: keyFile)
      return try ReplayLoader(path: path, key: key)
    } catch {
      StandardError.print("modq: \(error)")
      throw ExitCodes.failure
    }
  }

  /// The queue files, opened (nothing decoded yet); exit 1 naming a file that cannot be read.
  func resolver() throws -> ReviewResolver {
    do {
      return try ReviewResolver(paths: queues)
    } catch {
      StandardError.print("modq: \(error)")
      throw ExitCodes.failure
    }
  }
}

/// Replay filters as command-line options.
struct ReplayFilterOptions: ParsableArguments {
  @Option(help: "Only this moderator's events.")
  var moderator: String?

  @Option(help: "Only these event types, comma separated (accept,override,escalate,annotate,undo,skip,session_start,session_end).")
  var type: String?

  @Option(help: "Only decisions with this final verdict (publish, reject, escalate).")
  var verdict: String?

  @Option(help: "Only events whose suggestion or chosen criteria name this criterion.")
  var criterion: String?

  @Flag(help: "Only overrides.")
  var overrides = false

  @Option(help: "From this time (RFC 3339 or YYYY-MM-DD, UTC), inclusive.")
  var from: String?

  @Option(help: "Until this time (RFC 3339 or YYYY-MM-DD, UTC), exclusive.")
  var until: String?

  func filter() throws -> ReplayFilter {
    var filter = ReplayFilter()
    filter.moderator = moderator
    filter.types = Set((type ?? "").split(separator: ",").map { String($0) })
    if let verdict {
      guard let v = Verdict(rawValue: verdict) else {
        throw ValidationError("--verdict \(verdict): expected publish, reject or escalate")
      }
      filter.verdict = v
    }
    filter.criterion = criterion
    filter.overridesOnly = overrides
    filter.from = try from.map { try Self.time($0, "--from") }
    filter.until = try until.map { try Self.time($0, "--until") }
    return filter
  }

  static func time(_ text: String, _ flag: String) throws -> Int64 {
    guard let ms = ReplayTime.milliseconds(text) else {
      throw ValidationError("\(flag) \(text): expected RFC 3339 (2026-11-23T10:00:00Z) or YYYY-MM-DD")
    }
    return ms
  }
}
