import ArgumentParser
import Foundation
import ModqCore

/// `modq queue new|merge`: build the day's queue from several imports.
struct QueueCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "queue",
    abstract: "Build the day's queue from imports, without duplicates or decided reviews.",
    subcommands: [QueueNewCommand.self, QueueMergeCommand.self])
}

/// Options shared by `queue new` and `queue merge`.
struct QueueBuildOptions: ParsableArguments {
  @Option(name: .shortAndLong, help: "The queue file to write.")
  var output: String

  @Flag(name: .shortAndLong, help: "Do not list dropped reviews (the summary still counts them).")
  var quiet = false

  @Flag(help: "Do not read the audit log (keep reviews that are already decided).")
  var noAudit = false

  @OptionGroup var audit: AuditOptions

  /// Builds `output` from `inputs`.
  func build(_ inputs: [String], replaceExisting: Bool) throws {
    if !replaceExisting && FileManager.default.fileExists(atPath: output) {
      CLI.fail("\(output) exists; use `modq queue merge` to add to it")
      throw ExitCodes.refused
    }
    var state = AuditState()
    if !noAudit {
      let (path, key, _) = try audit.resolve()
      state = try VerifiedLog.state(path: path, key: key)
    }
    do {
      let writer = try AtomicFileWriter(path: output)
      let summary = try DailyQueueBuilder(state: state).build(inputs: inputs, into: writer) { drop in
        if !quiet { CLI.fail(drop.description) }
      }
      try writer.commit()
      CLI.fail("\(output): \(summary)")
    } catch let error as ExitCode {
      throw error
    } catch {
      CLI.fail("\(error)")
      throw ExitCodes.failure
    }
  }
}

/// `modq queue new -o QUEUE IMPORT...`
struct QueueNewCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "new",
    abstract: "Write a new queue from imported queue files.",
    discussion: """
      Keeps the first review with each id, drops reviews the audit log (--audit, or
      modq.yaml) has already decided, and lists every dropped review with the reason.
      Refuses to overwrite an existing queue (exit 3).
      """)

  @OptionGroup var options: QueueBuildOptions

  @Argument(help: "Queue files from `modq import`, in order of preference.")
  var imports: [String]

  func run() throws { try options.build(imports, replaceExisting: false) }
}

/// `modq queue merge -o QUEUE QUEUE...`
struct QueueMergeCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "merge",
    abstract: "Merge queue files into one (the output may be one of the inputs).",
    discussion: """
      Like `queue new`, but the output may exist and may be one of the inputs: the merged
      queue replaces it atomically (temp file, fsync, rename, fsync of the directory).
      """)

  @OptionGroup var options: QueueBuildOptions

  @Argument(help: "Queue files, in order of preference.")
  var queues: [String]

  func run() throws { try options.build(queues, replaceExisting: true) }
}
