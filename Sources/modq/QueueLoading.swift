import ArgumentParser
import ModqCore

/// Loads a queue for the CLI, turning an unreadable file into exit 1.
enum QueueLoading {
  static func load(_ path: String) throws -> QueueLoad {
    do {
      return try QueueFile(path: path).loadAll()
    } catch {
      CLI.fail("\(error)")
      throw ExitCodes.failure
    }
  }
}

extension Verdict: ExpressibleByArgument {}
