import ModqCore

/// What a trainee answered on one case.
public struct TrainingAnswer: Sendable, Hashable {
  public var verdict: Verdict
  public var criteria: [String]

  public init(verdict: Verdict, criteria: [String]) {
    self.verdict = verdict
    self.criteria = criteria
  }
}

/// One answered case, scored against its gold answer.
public struct CaseScore: Sendable, Hashable {
  public var caseID: String
  public var tags: [String]
  public var answer: TrainingAnswer
  public var gold: GoldAnswer
  public var verdictCorrect: Bool
  /// Named criteria that are gold, over all named (1 when none were named).
  public var precision: Double
  /// Gold criteria named, over all gold (1 when the gold has none).
  public var recall: Double

  public init(caseID: String, tags: [String], answer: TrainingAnswer, gold: GoldAnswer) {
    self.caseID = caseID
    self.tags = tags
    self.answer = answer
    self.gold = gold
    verdictCorrect = answer.verdict == gold.verdict
    let named = Set(answer.criteria)
    let wanted = Set(gold.criteria)
    let hits = named.intersection(wanted).count
    precision = named.isEmpty ? 1 : Double(hits) / Double(named.count)
    recall = wanted.isEmpty ? 1 : Double(hits) / Double(wanted.count)
  }

  /// Missed: the verdict is wrong or a gold criterion was not named.
  public var missed: Bool { !verdictCorrect || recall < 1 }
}

/// A share: how many of how many.
public struct Tally: Sendable, Hashable {
  public var right = 0
  public var total = 0

  public init(right: Int = 0, total: Int = 0) {
    self.right = right
    self.total = total
  }

  /// Whole percent, rounded down (0 when empty).
  public var percent: Int { total == 0 ? 0 : right * 100 / total }

  mutating func add(_ ok: Bool) {
    total += 1
    if ok { right += 1 }
  }
}

/// The score of a training session: overall, by tag, by gold criterion, and the missed cases.
public struct TrainingScore: Sendable, Hashable {
  public var cases: [CaseScore]
  /// Cases whose verdict was right.
  public var verdicts = Tally()
  /// Cases neither wrong in verdict nor missing a gold criterion.
  public var clean = Tally()
  /// Verdicts right, per tag.
  public var byTag: [String: Tally] = [:]
  /// Per gold criterion: cases where the trainee named it.
  public var byCriterion: [String: Tally] = [:]
  public var meanPrecision = 1.0
  public var meanRecall = 1.0

  public init(_ cases: [CaseScore]) {
    self.cases = cases
    for score in cases {
      verdicts.add(score.verdictCorrect)
      clean.add(!score.missed)
      for tag in score.tags { byTag[tag, default: Tally()].add(score.verdictCorrect) }
      let named = Set(score.answer.criteria)
      for id in score.gold.criteria { byCriterion[id, default: Tally()].add(named.contains(id)) }
    }
    if !cases.isEmpty {
      meanPrecision = cases.map(\.precision).reduce(0, +) / Double(cases.count)
      meanRecall = cases.map(\.recall).reduce(0, +) / Double(cases.count)
    }
  }

  /// Scores `answers` (case id to answer) against `set`, in set order; unanswered cases
  /// are left out.
  public init(set: TrainingSet, answers: [String: TrainingAnswer]) {
    self.init(
      set.cases.compactMap { item in
        answers[item.id].map {
          CaseScore(caseID: item.id, tags: item.tags, answer: $0, gold: item.gold)
        }
      })
  }

  /// The cases missed, in answer order.
  public var missed: [CaseScore] { cases.filter(\.missed) }

  /// Tags sorted by name with their tallies.
  public var tagRows: [(String, Tally)] {
    byTag.sorted { $0.key < $1.key }.map { ($0.key, $0.value) }
  }
  /// Criteria sorted by id with their tallies.
  public var criterionRows: [(String, Tally)] {
    byCriterion.sorted { $0.key < $1.key }.map { ($0.key, $0.value) }
  }
}
