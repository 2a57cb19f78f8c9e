import ModqCore

/// Where `modq decide` gets the suggestion it records as `suggested`. Until the screening
/// engine is wired in here, nothing was shown, and that is what is recorded.
enum DecideSuggestions {
  static func provider(policy: String?) -> SuggestionProvider {
    NoSuggestion()
  }
}
