/// A product the review was written for.
public struct Product: Sendable, Hashable {
  public var id: String?
  public var name: String?
  public var brand: String?
  public var category: String?
  /// Members of the `product` object the format does not define, in their original order.
  public var extras: [RawMember]

  public init(
    id: String? = nil, name: String? = nil, brand: String? = nil, category: String? = nil,
    extras: [RawMember] = []
  ) {
    self.id = id
    self.name = name
    self.brand = brand
    self.category = category
    self.extras = extras
  }
}

/// Who wrote the review. Author fields are how the store contacts the customer; only
/// `test.review` reads them.
public struct Author: Sendable, Hashable {
  public var name: String?
  public var email: String?
  public var id: String?
  /// Members of the `author` object the format does not define, in their original order.
  public var extras: [RawMember]

  public init(
    name: String? = nil, email: String? = nil, id: String? = nil, extras: [RawMember] = []
  ) {
    self.name = name
    self.email = email
    self.id = id
    self.extras = extras
  }
}

/// A JSON member the queue format does not know, kept verbatim so it round-trips.
public struct RawMember: Sendable, Hashable {
  public var key: String
  /// The member's value exactly as it appeared in the queue line (JSON text bytes).
  public var json: [UInt8]

  public init(key: String, json: [UInt8]) {
    self.key = key
    self.json = json
  }
}

/// One customer review as it stands in a queue file (formats.md, "Queue").
public struct Review: Sendable, Hashable {
  public var id: String
  /// 1...5 stars.
  public var rating: Int
  /// Empty when absent.
  public var title: String
  /// Empty when absent.
  public var body: String
  public var product: Product
  public var author: Author
  public var verifiedPurchase: Bool?
  public var submittedAt: String?
  public var locale: String?
  public var orderID: String?
  /// Members the format does not define, in their original order.
  public var extras: [RawMember]

  public init(
    id: String, rating: Int, title: String = "", body: String = "", product: Product = Product(),
    author: Author = Author(), verifiedPurchase: Bool? = nil, submittedAt: String? = nil,
    locale: String? = nil, orderID: String? = nil, extras: [RawMember] = []
  ) {
    self.id = id
    self.rating = rating
    self.title = title
    self.body = body
    self.product = product
    self.author = author
    self.verifiedPurchase = verifiedPurchase
    self.submittedAt = submittedAt
    self.locale = locale
    self.orderID = orderID
    self.extras = extras
  }

  /// The text of a field a span can point into.
  public func text(of field: ReviewField) -> String {
    switch field {
    case .title: title
    case .body: body
    case .authorName: author.name ?? ""
    case .authorEmail: author.email ?? ""
    }
  }
}
