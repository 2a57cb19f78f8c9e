import Foundation
import ModqCore

/// Where queue lines go: an atomically replaced file, or stdout.
final class QueueSink {
  private let writer: AtomicFileWriter?

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
      FileHandle.standardOutput.write(Data(line + [0x0A]))
    }
  }

  /// Writes bytes as they are (CSV lines carry their own CRLF).
  func writeRaw(_ bytes: [UInt8]) throws(ImportError) {
    if let writer {
      try writer.write(bytes)
    } else {
      FileHandle.standardOutput.write(Data(bytes))
    }
  }

  /// Makes the file appear (temp file, fsync, rename, fsync directory).
  func commit() throws(ImportError) { try writer?.commit() }
}
