import Foundation
import ModqCore

/// Where queue lines go: an atomically replaced file, or stdout. On a terminal, control
/// characters in the (untrusted) text are shown as `\xHH` instead of reaching it raw.
final class QueueSink {
  private let writer: AtomicFileWriter?
  private let terminal = isatty(1) == 1

  init(output: String?, force: Bool) throws {
    guard let output, output != "-" else {
      writer = nil
      return
    }
    if !force && FileManager.default.fileExists(atPath: output) {
      CLI.fail("\(output) exists; use --force to replace it")
      throw ExitCodes.refused
    }
    do { writer = try AtomicFileWriter(path: output) } catch {
      CLI.fail("\(error)")
      throw ExitCodes.failure
    }
  }

  /// Writes one line (a newline is added).
  func write(_ line: [UInt8]) throws(ImportError) {
    if let writer {
      try writer.writeLine(line)
    } else {
      FileHandle.standardOutput.write(Data(shown(line) + [0x0A]))
    }
  }

  /// Writes bytes as they are (CSV lines carry their own CRLF).
  func writeRaw(_ bytes: [UInt8]) throws(ImportError) {
    if let writer {
      try writer.write(bytes)
    } else {
      FileHandle.standardOutput.write(Data(shown(bytes)))
    }
  }

  private func shown(_ bytes: [UInt8]) -> [UInt8] {
    guard terminal else { return bytes }
    var out: [UInt8] = []
    out.reserveCapacity(bytes.count)
    let hex = Array("0123456789ABCDEF".utf8)
    var i = 0
    while i < bytes.count {
      let b = bytes[i]
      let c1 = b == 0xC2 && i + 1 < bytes.count && bytes[i + 1] >= 0x80 && bytes[i + 1] <= 0x9F
      if (b < 0x20 && b != 0x0A && b != 0x0D && b != 0x09) || b == 0x7F || c1 {
        let v = c1 ? bytes[i + 1] : b
        out += [0x5C, 0x78, hex[Int(v >> 4)], hex[Int(v & 0xF)]]
        i += c1 ? 2 : 1
      } else {
        out.append(b)
        i += 1
      }
    }
    return out
  }

  /// Makes the file appear (temp file, fsync, rename, fsync directory).
  func commit() throws(ImportError) { try writer?.commit() }
}
