import ArgumentParser
import Foundation
import ModqCore

/// `modq verify LOG`: checks every line of an audit log without modifying it.
struct VerifyCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "verify",
    abstract: "Verify an audit log's hash chain (read-only).",
    discussion: """
      Prints `ok N <head hash>` when every line is intact, or the first bad line as
      `line L (seq S, byte O): reason` (edited, missing, reordered, broken prev link,
      not ASCII, bad JSON, NUL padding, torn tail). Exit 0 ok, 1 cannot read, 2 integrity failure.
      Deleting whole lines from the end cannot be detected without an outside record of the head.
      """)

  @Argument(help: "The audit log (default: the configured one).")
  var log: String?

  @OptionGroup var options: AuditOptions

  @Flag(help: "Print the result as one JSON object.")
  var json = false

  func run() throws {
    let (path, key, _) = try options.resolve(logArgument: log)
    let result: AuditVerification
    do {
      result = try AuditVerifier.verify(path: path, key: key)
    } catch {
      CLI.fail("\(error)")
      throw ExitCodes.failure
    }
    if json {
      CLI.say(Self.json(result))
    } else {
      CLI.say(result.summary)
      for r in result.recoveries {
        CLI.say("note: line \(r.line) (byte \(r.offset), \(r.length) bytes) is a torn fragment "
          + "quarantined by the recovery event seq \(r.recoverySeq)")
      }
    }
    if !result.isOK { throw ExitCodes.integrity }
  }

  static func json(_ result: AuditVerification) -> String {
    var object: [String: Any] = [
      "ok": result.isOK, "count": result.count, "head": result.head,
      "recoveries": result.recoveries.map {
        ["line": $0.line, "offset": $0.offset, "length": $0.length, "recovery_seq": $0.recoverySeq]
      },
    ]
    if let f = result.failure {
      object["failure"] = [
        "line": f.line, "seq": f.seq.map { $0 as Any } ?? NSNull(), "offset": f.offset, "reason": f.kind.rawValue,
        "detail": f.detail, "message": f.description,
      ]
    }
    let data = (try? JSONSerialization.data(withJSONObject: object, options: [.sortedKeys])) ?? Data()
    return String(decoding: data, as: UTF8.self)
  }
}
