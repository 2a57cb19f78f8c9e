import ArgumentParser
import Foundation
import ModqCore

/// `modq decide QUEUE`: records decisions as fsynced, hash-chained audit events.
struct DecideCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "decide",
    abstract: "Record a decision (or many, with --from) in the audit log.",
    discussion: """
      Single:  modq decide QUEUE --review r-10023 --verdict reject --criteria pii.phone
      Bulk:    modq decide QUEUE --from decisions.jsonl
               (each line {"review":..,"verdict":..,"criteria":[..],"note":..,"id":..};
               id is optional and makes retries safe; several decisions share one fdatasync)
      Each recorded decision prints `recorded <seq> <review> <verdict> <id>` once it is durable.
      Exit 0 ok, 1 bad input or I/O error, 2 the log is damaged, 3 refused (unknown review,
      already decided, claimed by another moderator with a live lease, or the log refuses
      appends).
      """)

  @Argument(help: "The queue the reviews come from (default: modq.yaml's queue).")
  var queue: String?

  @Option(help: "The review id.")
  var review: String?

  @Option(help: "publish, reject or escalate.")
  var verdict: Verdict?

  @Option(help: "Criterion ids the moderator confirmed or chose, comma separated.")
  var criteria: String?

  @Option(help: "A note for the record.")
  var note: String?

  @Option(help: "JSON Lines file of decisions to record in bulk.")
  var from: String?

  @Option(help: "Decisions per fdatasync when recording in bulk.")
  var batch = 512

  @Option(help: "Who is deciding (default: modq.yaml, then $USER).")
  var moderator: String?

  @Option(
    help: "The policy whose suggestion is recorded (default: modq.yaml's, then the bundled one).")
  var policy: String?

  @Option(help: "The store file the policy reads (default: modq.yaml's, then the demo store).")
  var store: String?

  @Flag(
    help: ArgumentHelp(
      "Screen every decided review before writing the first (no pipelining; for benchmarks).",
      visibility: .hidden))
  var serialScreening = false

  @OptionGroup var options: AuditOptions

  func validate() throws {
    if from == nil && (review == nil || verdict == nil) {
      throw ValidationError("give --review and --verdict, or --from FILE")
    }
    if from != nil && (review != nil || verdict != nil) {
      throw ValidationError("--from cannot be combined with --review/--verdict")
    }
    if batch < 1 { throw ValidationError("--batch must be at least 1") }
  }

  func run() throws {
    let (path, key, config) = try options.resolve()
    guard let queuePath = queue ?? config.queue else {
      CLI.fail("no queue given (argument or modq.yaml `queue:`)")
      throw ExitCodes.usage
    }
    let load = try QueueLoading.load(queuePath)
    let recorder: DecisionRecorder
    let provider: DecideSuggestionProvider
    do {
      let log = try AuditLog(path: path, key: key, moderator: config.moderatorName(flag: moderator))
      for fragment in log.recoveredFragments {
        CLI.fail("recovered a torn final line of \(path); fragment kept in \(fragment)")
      }
      let suggestions = try DecideSuggestions.load(
        policy: policy ?? config.policy, store: store ?? config.store, entries: load.entries,
        pipelined: !serialScreening)
      recorder = DecisionRecorder(
        log: log, queuePath: queuePath, entries: load.entries,
        moderator: config.moderatorName(flag: moderator),
        policy: suggestions.policyHash, suggester: suggestions.provider)
      provider = suggestions.provider
    } catch {
      throw Self.exit(for: error)
    }
    if let from {
      try bulk(from, recorder) { requests in
        provider.prepare(Self.reviews(of: requests, in: load.entries))
      }
      return
    }
    guard let review, let verdict else { throw ExitCodes.usage }
    let request = DecisionRequest(
      review: review, verdict: verdict, criteria: Self.list(criteria), note: note)
    do {
      Self.print(try recorder.record(request))
    } catch {
      throw Self.exit(for: error)
    }
  }

  /// Records the file's decisions `batch` at a time (one fdatasync each); each batch's
  /// `recorded` lines are printed together, once that batch is durable.
  private func bulk(
    _ file: String, _ recorder: DecisionRecorder, prepare: ([DecisionFile.Item]) -> Void
  ) throws {
    let parsed: DecisionFile
    do {
      parsed = try DecisionFile.load(file)
    } catch {
      CLI.fail("\(error)")
      throw ExitCodes.failure
    }
    for problem in parsed.problems { CLI.fail(problem) }
    prepare(parsed.requests)
    var refused = 0
    var from = 0
    while from < parsed.requests.count {
      let to = min(parsed.requests.count, from + batch)
      let results: [AuditAppendResult]
      do {
        results = try recorder.record(parsed.requests[from..<to].map(\.request))
      } catch {
        throw Self.exit(for: error)
      }
      var acknowledged = ""
      for (item, result) in zip(parsed.requests[from..<to], results) {
        if case .refused(let message) = result {
          refused += 1
          CLI.fail("\(file):\(item.line): refused: \(message)")
        } else if let line = Self.line(for: result) {
          acknowledged += line + "\n"
        }
      }
      CLI.write(acknowledged)
      from = to
    }
    if refused > 0 { throw ExitCodes.refused }
    if !parsed.problems.isEmpty { throw ExitCodes.failure }
  }

  /// The queue's review (its first entry) for each requested id, in request order, once each.
  static func reviews(of requests: [DecisionFile.Item], in entries: [QueueEntry]) -> [Review] {
    var first: [String: Int] = [:]
    first.reserveCapacity(entries.count)
    // Backwards, so the first entry of a repeated id is the one kept.
    for n in entries.indices.reversed() { first[entries[n].review.id] = n }
    // Each id is taken out when used, so a repeated request yields nothing.
    return requests.compactMap { item in
      first.removeValue(forKey: item.request.review).map { entries[$0].review }
    }
  }

  static func print(_ result: AuditAppendResult) {
    if let line = line(for: result) { CLI.say(line) }
  }

  /// `recorded <seq> <review> <verdict> <id>` (or `already-recorded ...`), nil if refused.
  static func line(for result: AuditAppendResult) -> String? {
    guard let e = result.event else { return nil }
    let word = if case .duplicate = result { "already-recorded" } else { "recorded" }
    let review = AuditEvent.asciiEscaped(e.review ?? "")
    let verdict = e.final?.rawValue ?? "-"
    return "\(word) \(e.seq) \(review) \(verdict) \(AuditEvent.asciiEscaped(e.id))"
  }

  static func list(_ text: String?) -> [String] {
    (text ?? "").split(separator: ",").map { $0.trimmingCharacters(in: .whitespaces) }
      .filter { !$0.isEmpty }
  }

  /// Prints the error and maps it to an exit code.
  static func exit(for error: Error) -> ExitCode {
    CLI.fail("\(error)")
    guard let audit = error as? AuditError else { return ExitCodes.failure }
    switch audit {
    case .damaged, .shrunk: return ExitCodes.integrity
    case .refused, .poisoned, .replaced: return ExitCodes.refused
    case .io, .invalidKey: return ExitCodes.failure
    }
  }
}
