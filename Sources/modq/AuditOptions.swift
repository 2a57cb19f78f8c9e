import ArgumentParser
import Foundation
import ModqCore

/// `--audit LOG` and `--key-file F`, shared by every command that reads or writes the log.
struct AuditOptions: ParsableArguments {
  @Option(
    name: .customLong("audit"),
    help: "The audit log (default: modq.yaml, then $XDG_STATE_HOME/modq/audit.jsonl).")
  var audit: String?

  @Option(
    name: .customLong("key-file"),
    help: "File holding the HMAC key for line hashes (default: modq.yaml hmac_key_file).")
  var keyFile: String?

  /// The config, or exit 1 naming the file and line.
  func config() throws -> ModqConfig {
    do {
      return try ModqConfig.load()
    } catch {
      CLI.fail("\(error)")
      throw ExitCodes.failure
    }
  }

  /// The log path, the key, and the config they came from.
  func resolve(logArgument: String? = nil) throws -> (
    path: String, key: AuditKey?, config: ModqConfig
  ) {
    let config = try config()
    do {
      let path = try config.auditPath(flag: logArgument ?? audit)
      return (path, try config.auditKey(flag: keyFile), config)
    } catch {
      CLI.fail("\(error)")
      throw ExitCodes.failure
    }
  }
}

/// Small output helpers shared by the commands.
enum CLI {
  /// Prints to stderr as `modq: message`.
  static func fail(_ message: String) {
    FileHandle.standardError.write(Data("modq: \(message)\n".utf8))
  }

  /// Prints a line to stdout and flushes it (scripts rely on seeing acknowledged lines at once).
  static func say(_ line: String) {
    write(line + "\n")
  }

  /// Writes `text` (whole lines) to stdout in one go, unbuffered.
  static func write(_ text: String) {
    guard !text.isEmpty else { return }
    FileHandle.standardOutput.write(Data(text.utf8))
  }
}
