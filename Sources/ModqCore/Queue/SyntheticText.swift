/// Vocabulary for `SyntheticQueue`.
enum SyntheticText {
  static let words: [[UInt8]] = """
    the strap broke after a week and zipper stuck twice but otherwise this pack is comfortable \
    light roomy waterproof sturdy cheap flimsy great terrible excellent poor quality shipping \
    arrived late early box damaged color matches photo size runs small large fits perfectly \
    would buy again never recommend friends family hiking trail daily commute laptop sleeve \
    pockets bottle holder stitching fabric smell returned refund customer service helpful rude \
    price value money worth every penny disappointed happy love hate okay decent solid \
    absolutely definitely probably honestly overall however although because since when
    """.split(separator: " ").map { Array($0.utf8) }

  static let cjk: [String] = [
    " 这个背包质量很好，但是拉链坏了。", " とても使いやすいリュックです。", " 배송이 빨랐어요 ",
    " Größe passt, Qualität überzeugt. ", " très bien, je recommande ",
  ]

  static let products: [String] = [
    "Trailhead Daypack 20L", "Summit Rain Shell", "Ridge Water Bottle 1L", "Canyon Tent 2P",
    "Alpine Headlamp", "Basecamp Sleeping Bag",
  ]

  static let names: [String] = [
    "Dana K.", "Li Wei", "Jörg M.", "Aiko T.", "Sam O'Neil", "Priya R.", "Mateo G.",
  ]
}
