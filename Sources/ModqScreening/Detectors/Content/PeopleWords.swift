/// Words for the people around a reviewer, shared by the rules that ask who a sentence is
/// about: a relative who works for the store (`IntegrityDetector.staffPlaceHits`), someone
/// else whose order went wrong (`ServiceEscalationDetector.isSomeoneElses`).
enum PeopleWords {
  /// Close family, in both lists.
  static let family = [
    "sister", "brother", "wife", "husband", "mom", "mum", "dad", "mother", "father", "son",
    "daughter", "cousin", "niece", "nephew", "partner",
  ]
  /// Family further out ("my sister-in-law": "law" after "my sister in").
  static let moreRelatives = ["uncle", "aunt", "law", "grandma", "grandpa", "fiance", "fiancee"]
  /// People who are not family.
  static let acquaintances = [
    "friend", "friends", "buddy", "coworker", "neighbor", "neighbour", "roommate", "boyfriend",
    "girlfriend", "colleague",
  ]
}
