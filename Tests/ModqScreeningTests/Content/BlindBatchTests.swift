import Foundation
import ModqCore
import Testing

@testable import ModqScreening

/// The blind batches of the thirteenth to thirty-fourth sessions (`Fixtures/blind/uN.jsonl`):
/// reviews written by helpers that never saw the rules, each line with the label they gave it
/// (`expected`: a criterion id or "publish"). Each batch was screened before the fixes it led
/// to (the figures are in docs/screening-history.md); here every review must keep the verdict its
/// label asks for, and its labelled criterion must fire, except the few misses left alone and
/// named below. A rule change that breaks one of these 22,117 reviews shows up as its id and
/// text.
@Suite struct BlindBatchTests {
  /// Verdicts still wrong: mockery with no insult word (u12-28), an insider told as a job story
  /// (u12-33), a harsh text at 5 stars with "breaking in" and "little" in it (u19-28), an
  /// order told as "I ask the jacket in blue" (u20-55),
  /// a name after a last sentence with no newline or dash (u21-59), sarcasm with no marker (u22-6),
  /// frustration with the store beside praise of the product (u22-38, u23-17 at 4 stars), 5 stars
  /// over a complaint the score does not find strong enough (u22-40, u23-2); from u26, written to
  /// put escalations indirectly: a size "chose" or "picked" against a tag that says another (u26-1,
  /// u26-18), an order "voided" (u26-7), a saga with no word of frustration (u26-9), asks
  /// at 3 stars with no frustration word (u26-22, u26-57); from u27, a parcel "in a van in a town I've never heard of" (u27-15), a gift card
  /// code that never reached the inbox (u27-24), asks at 3-4 stars with no frustration word
  /// (u27-25, u27-40); from u29-u31 (slang, letters, questions), a lower-case name of a
  /// salesperson (u29-3), shipping praise with "cute" in it (u29-31), tags still on beside "the color is so pretty"
  /// (u29-55), a phishing call told as a story (u30-1), a
  /// letter of sarcasm (u30-3), a saga with no word of frustration (u30-25), a cancellation
  /// told over three sentences (u30-29), "ONE star because they are NUMBER ONE" (u30-32), a
  /// question ignored three times without a frustration word (u30-42), "exchange it for the
  /// green medium I ordered" (u30-48), a happy customer asking to be rung back, escalated
  /// (u30-57), a vow told as "your shop is not" (u30-60),
  /// from u34, a relative whose company makes the jacket's fabric
  /// (u34-13); from u35, written to hide order problems inside product reviews: frustration or
  /// a cancellation beside praise of the product, published as product reviews (u35-3, u35-7,
  /// u35-10, u35-12, u35-49), an extra item "I only ordered one" (u35-15), "Need the second one
  /// please" (u35-24), a gift card code "I'm still waiting on" (u35-29); from u36, a
  /// headlamp dead the morning after its first night (u36-46);
  /// from u39, written in ordinary words rather than stock phrases: "we won't be back, not for a
  /// pair of laces" (u39-5: "we won't be back" alone is also said of a lake), a competitor
  /// with no preference word (u39-6), "behind the counter at our Northpeak branch" (u39-9), a
  /// price in words (u39-10), a harsh story at 5 stars (u39-15), a bank call about a strange
  /// payment (u39-16), a dent "out of the parcel" that leaves the lid "slightly oval" (u39-29),
  /// "Opened the parcel to find a child's fleece" (u39-42), courier praise with "paper" in it
  /// (u39-47); from u40, facts in ordinary words again: a bottle "lukewarm at best" at 5 stars
  /// (u40-1), an order page that
  /// wears the customer out (u40-7), a parcel that is "not ours" (u40-10), socks "that don't
  /// get past my heel" under a Large label (u40-13), a tent review under the filter (u40-24),
  /// "Oh marvellous, a rain jacket that keeps the rain in" (u40-34), a parcel "signed for" by
  /// someone else (u40-38); from u41, a
  /// sale order stuck in "processing", "pretty let down" (u41-9), a late delivery told with
  /// "the chat support was quick" (u41-23); from u42, "please sort this out" after a size
  /// mix-up (u42-31: also said of a sizing chart), sarcasm with no marker (u42-34); from
  /// u43, facts in ordinary words a third time: a parcel "handed over" that no one has, told
  /// over six sentences (u43-7, u43-52), a
  /// delivery story with no delivery word of its own (u43-11), a failed filter at 5 stars
  /// (u43-18), socks on the packing slip but not in the box (u43-19), sarcasm with no marker
  /// (u43-40), a stove "turned up" that nobody ordered (u43-58); from u45, an everyday mix
  /// written after every fix: a box label against the shoes inside at 4 stars (u45-2); from
  /// u46, a harsh text at 5 stars the score does not find strong enough (u46-16); from the
  /// seventeenth session's batches: a gift not yet tried, told among what other reviewers
  /// said of it (u47-14), a harsh text at 5 stars with no strong word but "would not
  /// recommend" (u47-34), a long delivery story with "a big heavy box" and "sturdy" in
  /// it (u47-52), sarcasm with no marker at 1 star (u47-60), frustration with the store beside three words of
  /// product praise (u51-8), a cancellation told beside "the big present" (u52-24), courier
  /// praise with gift paper and a photo (u52-45), "I did not order a gift card from this
  /// shop" (u53-2), 5 stars over a sole peeling after three weeks (u53-5), a parcel left with
  /// a neighbour, found the next morning (u53-32), an exchange process "a slog" beside praise
  /// of the headlamp (u55-40), a return process "RIDICULOUS" and a checkout that crashed beside
  /// a word on the product (u56-5, u56-23);
  /// from u59, shoppers mixing English with another language, every issue told in the other
  /// language (the cue lists are English): a parcel "nie angekommen" (u59-2), a box card
  /// asking only happy buyers for reviews in Tagalog (u59-3), a Kraków street address (u59-6),
  /// "ein kompletter Vollidiot" (u59-10), "más barata en TrailMart" (u59-15), "commande
  /// annulée" (u59-16), "hayan hackeado mis datos" (u59-18), "free mein bheja tha is review
  /// ke badle" (u59-22), "wala pa rin ang daypack" (u59-24), "Pedi ... azul-marinho" (u59-25),
  /// "me devolvían el 50% si borraba la reseña" (u59-27), sarcasm in Spanish (u59-31), praise
  /// in French at 1 star (u59-36), "ang tanga-tanga ... Bobo" (u59-38), "size 9 order kiya
  /// tha" (u59-40), "Plus jamais je commande chez Northpeak" (u59-43), "Wann bekomme ich die
  /// Differenz zurück?" (u59-44), "Nie wydam już ani grosza w Northpeak" (u59-46); from
  /// u60, a rain shell reviewed under the down hoodie, both jackets (u60-1), 5 stars over a
  /// pack that "would not recommend" with the score short of the threshold (u60-13), "I
  /// haven't worn them yet, but they look well made" (u60-30); from u61, a brand in markdown
  /// bold, "**RidgeLine**" (u61-6: the stars after a word read as a masked letter); from
  /// u44, shoppers writing English as a second language: delivery praise "come in 2 days
  /// only" (u44-4), 1 star over glowing text, "Number one" (u44-10), a scratch "you don't see it really" (u44-11), a vow told as a Polish idiom,
  /// "My leg will never stand in this shop again" (u44-15), "Sana po you can exchange for
  /// blue" at 4 stars (u44-23: "you can exchange" is also advice to other shoppers).
  /// From the eighteenth session's batches (u63-u80), no wrong hold left; misses of these
  /// kinds: praise at 1-2 stars beside a negation or "still" ("zero blisters", "never
  /// clogged", "still ice cold": such text is never clearly positive, by design; u63-32,
  /// u64-33, u66-50, u71-23, u72-36, u72-37, u74-8), harsh text at 5 stars
  /// short of the threshold (u78-9, u79-19), sarcasm with no marker (u65-33,
  /// u68-29, u71-2, u79-29), full names with no cue: a grandson, a dad, a
  /// friend, a couple's sign-off, an expo's staff (u63-7, u63-18, u63-43, u80-15, u80-20,
  /// u80-45), deliveries and service told with words of their own (u67-31, u73-7, u73-10,
  /// u73-15, u73-19, u73-30, u73-33, u73-38, u73-42, u73-45, u74-40, u76-9, u76-27, u77-36),
  /// frustration beside product words or with no service word (u65-20, u67-30,
  /// u69-47, u71-40, u73-32, u79-6), "NEVER AGAIN." alone before a service complaint
  /// (u73-34), minor damage told plainly (u65-26, u65-44, u69-31, u77-21), cancellations
  /// told among other words (u65-30, u76-36), price talk with a little else (u64-45, u67-34,
  /// u77-27, u78-24, u78-38), not used yet beside how it looks (u66-19, u68-27, u74-26,
  /// u75-27), incentives told as arrangements
  /// (u68-25), insults with no target word (u72-43), a tent review under the
  /// bottle (u74-41), a brand compared (u64-8), a DoD ID (u64-14), a parcel "left at my
  /// front door ... it wasn't" (u76-22).
  /// The last six, screened after every other fix (u81-u86): a delivery and a chat told
  /// with no logistics word of weight (u84-6, u84-23,
  /// u84-38, u84-43, u84-46, u84-49), frustration with no service word ("unreal", "Feels like
  /// I got played", u84-20, u84-30), service complaints escalated as asks or a lost parcel
  /// (u84-12, u84-44), out of stock with no order word (u84-32), not used yet beside how it
  /// looks (u81-45, u82-32), a sock review under the stove (u81-49), a staff member named
  /// mid-sentence (u85-16), issues buried in
  /// long reviews in words of their own: a pole split and bent out of the box, a lever that
  /// came off on the first hike (u85-6, u85-36), a credit offered to "update the review"
  /// (u85-8), parcels "delivered" that never came at 4 stars (u85-12, u85-24), a wrong
  /// colour and a wrong size asked to be swapped (u85-17, u85-32); integrity told as stories
  /// (u86-9, u86-45). From u87-u92, the last batches: delivery
  /// and service in words of their own again (u87-30, u88-7, u88-9, u88-36, u88-43, u91-15),
  /// "Didn't order a tent" and "I didn't order a rain jacket" (a noun phrase after "order":
  /// u88-16, u88-18, u91-50), not used
  /// yet beside how it looks (u90-12, u91-25), praise at 1-2 stars beside a negation or
  /// "still" (u90-31, u91-14, u91-19), sarcasm (u91-3, u91-28), "$219" read as a discount after "Knocking one star off"
  /// (u91-18), "the 1 star people ... probably too dumb to lace a boot" (u91-23: read as a
  /// rating mismatch before "broke mine in" and "zero blisters" were read right).
  /// From the nineteenth session's batches (u93-u96): a tent review with no tent word but
  /// "two doors" under the socks (u93-21), "comfy boots no blisters" under the stove (u94-37),
  /// a harsh first run at 5 stars in words of its own ("heels were raw", u95-15); from
  /// u97-u100: harsh texts at 5 stars in words of their own (u97-6, u99-18, u99-24,
  /// u99-27), praise at 1-2 stars the score finds too weak or beside a hedge (u98-43,
  /// u99-6, u99-13, u99-21, u99-45), sarcasm with no marker (u99-3, u99-23, u99-32,
  /// u99-43), not used yet told as "can't wait to take it out" (u97-22), minor damage at 5
  /// stars (u98-4), part of an order missing (u98-12), service frustration in words of its
  /// own (u98-20, u98-33), a resolved double charge escalated (u98-25), "I didn't order
  /// it." (u98-45), service-only reviews with a product word or a name in them (u98-46,
  /// u98-47); from u101-u104: not used yet as "can't wait to take them out" beside how they
  /// look (u101-15, u104-16), harsh texts at 5 stars beside one mild positive word (u102-4,
  /// u102-19), praise at 1 star beside "long days" or "No pumping" (u102-14, u102-28),
  /// sarcasm with one marker and no failure word (u102-5, u102-31), service frustration in
  /// words of its own (u103-11, u103-29), a cancellation beside "to find a tent" (u103-33),
  /// damage returned and replaced told with "bent" and "cracked" (u103-38); from
  /// u105-u108 (u108 all publish, all right): harsh texts at 5 stars with one strong word
  /// (u105-6, u106-27), not used yet beside "Big trip" or told as "Writing this a bit early"
  /// (u105-12, u106-34), issues buried in long reviews (a refund offered to edit a review
  /// elsewhere, the second set of an order that never came, order frustration: u106-10,
  /// u106-13, u106-36), gift wrap praise with "twine bow" in it (u107-13), a brand compared
  /// beside "gloves" (u107-26); from
  /// u109-u112: harsh texts at 5 stars in words of their own (u109-13, u110-2, u110-38),
  /// sarcasm with no marker the lists know (u109-20, u110-5), "bag says L ... can yall send
  /// the M" (u110-46), an Indian address ("Flat 302, Sai Krupa Apartments, 5th Cross ...",
  /// u112-28); from u113-u116 (u113 all right): service complaints with no frustration word
  /// the lists know (u114-8, u114-18, u114-24, u114-36), shoppers writing half in Spanish,
  /// Tagalog or German (u115-6, u115-11, u115-23, u115-31, u115-37, u115-41, u115-43),
  /// service praise beside "which fuel to use" (u116-33); from u117-u120 (u118 all publish,
  /// all right): ratings against text told in plain words with no word the lexicon scores
  /// strongly (u117-18, and 19 of u119's 20: "my pinky toes went numb by mile four", "Fits
  /// me like it was made for me" at 1 star; a known limit of a lexicon score kept strict on
  /// purpose), a tent "snapped clean through" at 5 stars read as minor damage (u119-25), not
  /// used yet as "Haven't loaded it or even adjusted the torso length" (u120-23), "box label
  /// says 11.5W but the boots inside are a 10" (u120-27), a harsh headlamp review at 5 stars
  /// (u120-33), the staff of a competing shop (u120-43); from u121-u124 (u122 all publish, all right): harsh texts at 5
  /// stars (u121-16, u124-18), a cancellation beside "it looked so nice in the pics" (u123-29),
  /// order frustration with "The socks are socks." (u123-48), a coupon that did not apply
  /// (u124-23); from u125-u128 (u126 and u127 all publish, all right): not used yet beside
  /// "Color is even nicer in person" (u125-16), a harsh text at 5 stars (u125-19), "Tracking
  /// has said "delivered" for 9 days now." with the denial a paragraph later (u128-6), "ONE
  /// aluminum pole. Not carbon, not a pair" (u128-12), a tiny nick at 4 stars with no
  /// arrival word (u128-26), checkout trouble ending "Whatever, it's done." (u128-49); from
  /// u129-u132 (u129 and u132 all right): a review code promised "once this posts" (u130-3),
  /// a sister "on the team that did the hip belt" (u130-14), delivery and phone-agent praise
  /// with "Super easy." (u130-21), a harsh text at 5 stars (u130-22), "Um, I didn't buy this?"
  /// (u130-25), a
  /// pole cracked at a backyard test pitch (u131-19), a gift card email that never came
  /// (u131-43), "two different sizes, a 9 and a 9.5" (u131-45); from u133-u136 (u135 all
  /// publish, all right): a jacket "soaked through" at 5 stars (u133-12), 17 of u134's 25
  /// ratings against text told in plain words ("Super slow to boil", "Really dim", "Lightest,
  /// comfiest trail shoes I've owned" at 1 star: the score stays strict on purpose),
  /// strange charges told calmly (u136-15), a stressful
  /// checkout (u136-30); from u137-u140 (u138 all
  /// publish, all right): a harsh run at 5 stars (u137-17), a brand's marketing people who
  /// "had one sent over so I'd ... write it up" (u139-5), "Reviewed by Sandra Kowalczyk, 4th
  /// grade teacher" (u139-43), and six of u140's one-line service complaints ("wasnt me, never
  /// bought a tent", "came in red, i picked black. can u swap", "3 weeks. no poles. no
  /// updates."); from u141-u144 (u142 all publish, all right): sarcasm with no marker the
  /// lists know (u141-9, u143-9), "I work the repair bench at Northpeak" (u141-22), a sole
  /// "peeling away" out of the box (u141-23: "peeling" read as damage also held a review of
  /// wear after 6 weeks), harsh texts at 5 stars (u141-34, u143-1), delivery praise only
  /// (u143-18), a husband "one of the designers on this pack" (u143-20), hate told of "those
  /// people" a sentence after the country (u143-25), a pack sent "no charge" to "share how it
  /// did" (u143-28), a staff member named in full (u143-34), "absolute steal at that price"
  /// (u143-36), "absolute clown" at another reviewer (u143-39), "never ordered socks from you"
  /// (u143-40), texts for password resets after an order (u144-19), a warranty form ignored
  /// (u144-36), a refund still owed with "this is getting silly" (u144-39); from u145-u147
  /// (u147 all publish, all right after its two wrong holds were fixed): sarcasm with no
  /// marker (u145-9), a harsh text at 5 stars (u145-21), "haven't even laced them up yet"
  /// beside "the color is great" (u145-34), an order cancelled twice "in a small"
  /// (u145-40), and 22 of u146's 25 ratings against text in everyday words, the weakest
  /// row of the session (3 found, at the start and at the end); from u148 (the rarer rows,
  /// screened after the session's last fixes): a socks review and a tent review under other
  /// products with no category word the lists know (u148-8, u148-32), "just checking the
  /// stars save on the iphone app, ignore this one" (u148-46), a competitor that "rents these
  /// out for the weekend so try one there" (u148-48); from u149-u152 (the twenty-first
  /// session): boots "kept in the box til my trip" beside "the leather smells amazing"
  /// (u149-30); from
  /// u153-u156: two near-identical bottle reviews a few words apart, neither found as the
  /// other's duplicate (u153-8, u153-38), a harsh text at 5 stars (u153-16), sarcasm with no
  /// marker (u153-22), "the bag had size S in it. Any chance you could swap them" at 3 stars
  /// (u153-24), "there was a women's 8 in the box" (u155-8), frustration beside praise of the
  /// pack (u155-14), "said in stock when i checked out" before a cancellation (u155-6: "when I
  /// checked out" as talk of the order also held "Sold out in my size when I checked out the
  /// first time ... they fit great" at 5 stars), "I didn't order it" (u155-16: the phrase alone also ends "glad I didn't
  /// order it earlier online" in genuine reviews), a cancellation beside talk of choosing
  /// the boots (u155-45), "Please update me on where this stands" about an exchange (u155-49),
  /// insiders told as "on the team that designed this pack", "I work the floor at one of the
  /// Northpeak shops" and "I run the boot department at another outdoor store" (u156-3,
  /// u156-11, u156-30), a refund paid for a 5-star review escalated as tampering rather than
  /// rejected as incentivized (u156-13), and a demand a sentence before "this one star stays
  /// up" (u156-38); from u157-u160, screened after the session's last fixes and not fixed:
  /// u157-8, u157-11, u157-17, u157-35, u157-36, u157-39, u157-44 (a harsh text at 5 stars,
  /// stitching that gave way before first use, a not-yet-used note, an insider partner,
  /// sarcasm, a vow read as frustration, delivery frustration), thirteen subtle insults,
  /// hateful remarks, threats, a name and a swapped-letter swear word of u159, and from
  /// u160 (escalations by happy customers) ten asks, charges, account worries and damage
  /// at 4-5 stars, a shrugged-off rip, and a card fear the reviewer took back ("then
  /// remembered i bought this at 1am lol", u160-46, escalated); from u161-u168 (the
  /// twenty-second session's first two rounds; u161 and u162 all right after the fixes):
  /// u163's and u167's put-downs, veiled threats and hate told without the lists' words ("Put
  /// the fork down", "a pole through the spokes", "the 'special' kids from the group home",
  /// "you have to close the lid, geniuses", "a certain tribe"), a staff member named in full
  /// with no cue (u167-12), a parcel for a mother told missing without "never" (u164-4), a
  /// seller's call to rewrite a review
  /// (u164-39), a return label that never came (u164-40), a not-yet-used note beside
  /// praise of the colour (u165-17), delivery-only praise (u165-42), two innocent reviews
  /// held (a double charge "reversed the next morning" told in the body with "charged twice"
  /// in the title, u166-11; a bank's check of a first order the customer confirmed, u166-32),
  /// and from u168 two charges asked about three sentences later (u168-24), a returned pair
  /// replaced (u168-27), store credit not applied (u168-30), parcels for relatives missing
  /// without "never" (u168-33, u168-41) and delivery annoyance (u168-45); from u169-u172,
  /// the third round, screened after the session's last fixes and not fixed: from u169 a
  /// delivery-only review, a pack's bottle pockets read as a bottle review (u169-23, the one
  /// innocent review held), a not-yet-used note, a wrong width, overseas charges; twelve of
  /// u171's rejects (a "Karen" put-down, veiled and open threats, a QA run and a staging
  /// check, two full names with no cue, a "mouth-breather", a "cow", sexist and racist
  /// generalisations); from u172 nine escalations (an unknown charge, a warranty question, a
  /// headlamp dead on first use, a refund asked about at 3 stars, seams open at first pitch, a
  /// lace hook torn at 5 stars, half an order, a wrong filter, a rating changed under offer);
  /// from u173-u176 (the fourth round, fixed with general vocabulary for insults, hate and
  /// threats and list entries for plain-word escalations), eight of u174's rejects aimed at
  /// people ("you are a sad, pathetic little person", "FAT FEET", "what a brainless oaf",
  /// "shoving their lifestyle into everything", "I'm driving down there and swinging") and
  /// from u176 a headlamp dead on first use, wrong items, a reply asked for, half an order
  /// and lost parcels told plainly; from u177-u180, the fifth round, screened with the
  /// final rules and not fixed: twenty-five of u178's rejects aimed at people, three blunt
  /// complaints about support inside product reviews held as frustration (u179-10, -22,
  /// -28, held at the session start too), and twenty-one of u180's plain-word escalations.
  /// From the twenty-third session (u181-u192): people attacked in words no rule reads yet
  /// (insults by an image of their own, "fat, like the rest of you"; hate told as what a group
  /// "can't" do, or with no word of the whole group; threats told as knowing where someone
  /// parks, with no harm named), escalations told plainly (a box card asking only happy buyers
  /// for reviews, a parcel "processing" for days beside praise, a dead order line), and
  /// u185-u188 and u193-u196, screened with the final rules and not fixed. Caught by the twenty-third
  /// session's rules and taken off: u106-10, u120-27, u141-23, u143-25, u159-3, u159-17,
  /// u159-49, u171-31, u174-9, -10, -23, -29, -37, -41, eighteen of u178's rejects aimed at
  /// people, and ten of u180's plain-word escalations. From the twenty-fourth session
  /// (u197-u200): a scratch "purely cosmetic" on a squashed box, told with no arrival word
  /// (u197-17); from u201-u202, a knob that "came off" with "First use." three sentences on
  /// (u201-8), a return "saga" asked about beside product talk (u201-30), prices spelled out
  /// ("a hundred and forty", "one seventy-nine": u202-12, -47), service praise only (u202-17),
  /// a staff member named after "Go see" (u202-19), a phone number with a letter O for a zero
  /// (u202-26), "my mom does the buying at Northpeak" (u202-27), money back "after posting,
  /// that was the arrangement with the seller" (u202-37: the arrangement names no review), a house number spelled out
  /// (u202-39), a down hoodie under another product (u202-46); from u205, seventeen threats whose
  /// harm no list names or names in words that are also innocent ("someone in there is going
  /// to get hurt", "he won't be standing behind that counter", "I know what gym you go to 🔪");
  /// from u207, twenty-two hateful remarks told without a likeness after a pointer (what a
  /// group "can't" do, "its in their blood", a "joke", coded complaints about who made the
  /// product); and u203-u204, u206 and u208, screened with the final rules and not fixed.
  /// Caught by the twenty-fourth session's rules and taken off: u131-45 ("a 9 and a 9.5"),
  /// u144-36 (a warranty form "emailed twice"), u176-21 ("Is anyone actually reading
  /// these?"), u178-7 ("Those people couldn't make"), u185-10 ("a split along"), u186-21 ("I
  /// found your town from your profile"), u189-9 ("she knows I found out where she works"),
  /// u193-35 ("homeless people, theyre vermin"), u195-31 ("the deal was that I post a
  /// review"), u206-23.
  /// Caught
  /// since the twentieth session's fixes and taken off the list: u36-53,
  /// u61-15, u63-4, u80-22, u86-11, u100-46, u107-11, u107-45; found right when the check
  /// that misses stay misses came to cover every batch (twenty-second session), the entries
  /// already caught: u130-28, u130-41, u136-24; caught by the twenty-second session's rules:
  /// u103-33 (a tent sought elsewhere after a cancellation), u159-28 ("they ruin every place
  /// they move into"), and u140-8 ("still no refund. WHEN???", the billing rule); by the
  /// insult vocabulary: u171-1, u171-26. From the twenty-eighth session's u234-u241 (orders
  /// gone wrong, damage and anger, stars that do not fit): shipping-only reviews with product
  /// or plain words in them, wrong items told by model numbers ("Trail Runner 2, not 3"),
  /// partial deliveries ("Poles came, headlamp didn't"), vows and frustration in everyday
  /// words, and 1-2 star glowing texts and 4-5 star complaints with no slip or excuse said.
  /// Caught by that session's rules and taken off: wrong items told as two colours or two
  /// products (u38-12, u88-21, u140-21, u140-37, u164-8, u185-12, u185-15, u219-15, u221-7,
  /// u222-10) and parcels lost in plain words (u136-2, u152-33, u176-44). From the
  /// twenty-ninth session's u245-u249 (orders in parts, model names and numbers, the people in
  /// a review): shipping-only and frustration-only reviews told in everyday words, partial
  /// cancellations, wrong products described in their own category's words (a bottle under
  /// the filter, a puffy under the rain jacket, a 4-person tent under the 2-person one), a
  /// material swapped ("they sent aluminium ones"), and insults with a question or a "joke"
  /// between the person and the word. Caught by that session's rules and taken off: u190-30
  /// and u192-33 ("a brain-dead attention seeker"), u212-24, u228-37 and u249-15 (threats:
  /// "ill be waiting next to it when your shift ends", "a conversation you won't be walking
  /// away from"). From its u250-u254 (threats, insults, remarks about groups): veiled
  /// threats with no harm named ("a full gas can in my garage", "your kids' school is right
  /// there on your public profile"), insults told by looks or in capitals with no article,
  /// frustration with staff in everyday words, and the unread batches' legal rows in words
  /// no list holds. From u255-u258 (damage, money and trust, reviews not yet reviews):
  /// sarcasm read as a rating mismatch or missed, generic price talk, a damaged product told
  /// without an arrival word. Taken off by that session's lists: u91-25, u169-24 ("haven't
  /// had a chance to take it out yet"), u194-4 ("the sole half peeled away"). From the
  /// thirtieth session's u259-u270 (stars and text, delivery and service, frustration, a busy
  /// Monday, returns, shoppers abroad, sarcasm, wrong items and missing parts, parcels, angry
  /// customers, trust, gifts; u262, u263, u268 and u269 scored but never read): glowing 1-2
  /// star texts told through events, sarcasm, shipping-only praise, frustration in everyday
  /// words, partial deliveries, legal and integrity rows in words no list holds. Added back:
  /// u201-50, u219-49, u220-49, u247-44, "socks good, ordering annoying" reviews whose product
  /// talk fills two sentences of its own, which now makes a review. Taken off by that
  /// session's rules: thirteen 4-5 star complaints told in plain words (u102-19, u110-2,
  /// u134-11, u146-35, u157-8, u209-44, u211-3, u216-22, u216-25, u217-33, u222-48, u238-47,
  /// u241-41), u185-24 ("could somebody"), u172-7 and u253-39 (a frustrated sentence with the
  /// store named in the next one), and u179-22 and u243-49, product complaints with an aside
  /// about the store that were rejected as frustration; in its third round, six innocent
  /// reviews held for a worry taken back or a problem settled: u160-46 and u166-32 (a card
  /// worry, then "remembered i bought this", "confirmed it was me"), u166-11 ("charged twice,
  /// sorted fast"), u179-10 ("took 9 days to answer my email"), u233-20 ("igniter is dead to
  /// me") and u239-12 (a hole "after roughly 400 km"). From the thirty-first session's
  /// u271-u278 (integrity, reviews that are not reviews, personal details, money, stars
  /// against the text, strong language, damage, an ordinary day): three threats of a bad
  /// review made to get something (u271-11, u271-27, u271-45), labelled extortion but
  /// escalated, as criteria.md resolves a demand; a salad of real words (u272-24); a name and
  /// town after a full stop with no dash (u273-24: "Sierra Nevada, California" reads the
  /// same); "useless ... now it wont light" at 5 stars (u275-22); damage already sent back or
  /// sewn up, labelled minor (u277-20, u277-32, u277-41). Taken off by that session's rules:
  /// u143-18 and u236-40 (checkout and support only), u256-28 ("got it for 39.95"), u238-10
  /// (a box caved in), u253-20 ("deserves a good beating") and u277-19 (a box caved in across
  /// a comma, "the tent inside was perfect"). From its u279-u282 (an ordinary day,
  /// customers who need the store, informal English, long reviews; scored before the third
  /// round's fixes): a first look "in the box" before "havent set it up yet" (u279-13), "i
  /// never ordered trekking poles" with no "this" (u280-12), cancellations beside talk of
  /// the product (u280-34, u282-44), "and then... nothing. Five weeks. No socks" (u280-36), a
  /// review of random emoji (u281-10), a long review of faults at 5 stars (u282-12), "my wife
  /// is on Northpeak's product design team" (u282-26: the possessive also names the store as
  /// the owner of boots), and long sarcasm (u282-48). Its u283-u286 (two ordinary days, rule
  /// breakers and customers who need the store, in new everyday words) were scored at the
  /// session's end and never read: their thirteen misses are listed unread (one innocent
  /// review held, u285-49, which its writer called a judgement call: a competitor named as
  /// sold out). From the thirty-second session's u287-u294 (other brands, reviews that say
  /// little, angry customers, a late-autumn day, personal details, stars and feelings,
  /// customers who need the store, gifts and workplaces): a brand the store file does not
  /// name (u287-38, "Patagonia Nano Puff"); a salad of real words (u288-27); a courier story
  /// ending "arrived tho" (u288-48); six threats of a bad rating made to get something
  /// (u289-12, u289-29, u289-45, u294-11, u294-23, u294-43), found as extortion but
  /// escalated with their demand as criteria.md resolves it; a staff member's full name in
  /// capitals (u291-49); long sarcasm with no failure word (u292-36, u292-40); "I never
  /// ordered a water bottle?" (u293-19, like u280-12); damage sent back and refunded, labelled
  /// minor (u293-39); "my mom literally owns this store" (u294-13: "owns this store" alone
  /// read "Whoever owns this shop should know I've got their warehouse location" as an
  /// insider). Taken off by that session's rules: u79-29, u265-36 (sarcasm), u254-2 (a
  /// threat), u257-12 (generic price talk), u266-48 (another product) and u267-15 (a
  /// cancellation). From its u297-u300 (long reviews, informal English, the "never a reason
  /// to reject" list, a Monday after a holiday weekend): a staff member's full name with no
  /// cue before it (u297-1), a long glowing review at 1 star (u297-15), a free product asked
  /// for with "ill bump this up to 5" (u298-50, extortion escalated with its demand), and
  /// "Really disappointing, Northpeak" after a late parcel (u300-14: the store's name is no
  /// service word). Its u295-u296 (an early-spring day; rule breakers of every kind) were
  /// scored at the session's end and never read: their two misses are listed unread. From
  /// its u301-u304 (questions, other languages, people in reviews, a summer day): a 3-star
  /// "so disappointed in how this order went" beside "the boots are nice" (u301-47); reviews
  /// in other languages whose rejects the English lists do not read (u302: an insult, stars,
  /// sarcasm, delivery only; its escalations, and a price, not used yet, an incentive,
  /// generic price talk and a product not ordered, are found since that session's lists);
  /// "Northpeak really made buying a water filter a chore" with the frustration in another
  /// sentence (u304-40). Its u305 (the first week of a new year) was scored at the
  /// end and never read: its four misses are listed unread. Taken off by that session's
  /// fourth round: u59-2, u59-16, u59-18, u115-11, u115-41 (other languages), u218-28 (a
  /// cancellation), u224-47 (a grandmother's full name), u245-36, u245-48 ("ugh", "a chore"),
  /// u264-29 (generic price talk in another language). The thirty-third session's u306-u313
  /// (phones and voice, numbers, injuries, links, small gear, a ski day, older shoppers,
  /// humour) and u314-u321 (messages to the store, stars, short reviews, Black Friday, strong
  /// language, gifts for others, disguised details, families) leave: socks and a headlamp
  /// named by parts on the wrong page (u310-26, u310-36), delivery stories with sentences of
  /// their own (u312-8, u312-22, u314-45, u315-21, u321-40), a colour swap told around a joke
  /// and a meme (u313-15, u313-32), faint sarcasm (u313-30, u315-4, u315-17), a product not
  /// ordered that the store may need to hear of (u314-49, escalated), stars blamed on the
  /// courier (u315-40), a dent with no arrival (u316-43), a signature with a troop number
  /// (u319-2), a wedding gift not yet opened beside the couple's hobby (u319-4), a daypack
  /// under the gift card (u319-45), and a tent still boxed on a trip planned (u321-45). Its
  /// u322-u324 (an autumn day, tents and packs, customers abroad) were scored at the end and
  /// never read: their misses are listed unread. Its third round, u325-u332 (quotes, long
  /// use, money, a rainy week, harsh but fair, other people's names, reviews about reviews,
  /// shopping for others and for work), leaves: delivery told with a text message or a
  /// driver's care (u325-40, u328-49), a quoted "waterproof" read as praise at 5 stars
  /// (u325-48), discounts with a product word (u325-50), frustration beside a product used
  /// for years (u326-30, u326-41, u328-47), a chip "when it came" (u326-36), a price in
  /// rupees before the amount (u327-40), two first names and a last name as a signature
  /// (u330-46), five reviews labelled extortion that escalate on their demand (u331-2,
  /// u331-14, u331-31, u331-39, u331-47), a reward given before "on the condition that"
  /// (u332-5, u332-36), "my dad designed the suspension on this pack at Northpeak" (u332-17)
  /// and socks under the wrong product told only by what they did (u332-37). The thirty-fourth
  /// session's u333-u340 (beginners, phone typing, comparisons, returns, winter, professionals,
  /// a delivery week, an ordinary day) and u341-u348 (travel, quoted product pages, a bad week
  /// for the store, students, gifts, the trail kitchen, long reviews, a sale weekend) leave:
  /// sarcasm with no failure word (u334-26, u336-24, u337-27, u342-26, u347-29), a tent, boots,
  /// socks and a filter told by their parts under the wrong product (u334-38, u336-20, u340-9,
  /// u346-13), price talk beside a product word (u335-17, u342-41), delivery and return stories
  /// with sentences of their own (u335-40, u336-22, u338-37, u339-2, u345-25, u347-32),
  /// boxes still sealed for a club (u338-10), "anywhere but Northpeak from now on" (u338-40:
  /// also said of a pack found nowhere else), a courier named in full (u339-32: "driver" and
  /// "courier" also stand before "Royal Mail"), a signature with a school year (u344-2), praise
  /// at 1 star beside "gross" or an old jacket's faults (u344-10, u347-16), frustration two
  /// sentences from the site (u344-46), a long review still boxed (u347-24) and long venting
  /// with no frustration word (u347-41). Its third round, u349-u356 (animals, night hikes,
  /// couples, sellers and influencers, money trouble, a heatwave, a second language, the week
  /// before Christmas), leaves: sarcasm with no failure word (u349-5, u352-39, u353-24,
  /// u356-25), complaints at 5 stars and praise at 1 the score does not find strong enough
  /// (u350-17, u351-13, u352-37, u353-35 with "got it cheap", u356-41), a headlamp, a tent
  /// and a filter told by their parts under the wrong product (u350-38, u351-29, u354-39,
  /// u356-8), "genius" said to another reviewer (u350-40), price talk split between two
  /// people (u351-35), a signature of two first names (u351-39), frustration two sentences
  /// from the site (u352-44), gibberish with real words in it (u354-26), a delivery told in a
  /// second language (u355-4) and free gear "from Northpeak to write review" (u355-20); u350-40,
  /// "genius" said to another reviewer, is found since its sixth round. Its
  /// fourth round, u357-u364 (health and access, other shops, angry reviews, very short
  /// reviews, people, a spring weekend, numbers, unboxing), leaves: a checkout "what a slog"
  /// for a screen reader (u357-8), a cancellation beside "so hard to find" and one told with
  /// dates (u357-26, u363-2), "Absolutely love it" over a 1-star complaint (u357-39), socks, a
  /// tent and a daypack under the stove or the bottle told by their parts (u358-43, u359-28,
  /// u360-5, u361-28), sarcasm (u359-7, u360-17), "Mike below is a clueless idiot" (u360-35:
  /// a first name before "below") and deliveries told with a child's day or a box's size
  /// (u361-11, u363-7). Its u365-u368 (an autumn weekday, commuters, family holidays, a
  /// Monday) were scored at the end and never read: their misses are listed unread. Its fifth
  /// round, u369-u376 (value for money, trip stories, the customer's own mistakes, repeat
  /// customers, first-time shoppers, bad weather, safety, a Friday), leaves: a filter leaking
  /// until the customer found the o-ring they had missed (u371-6, innocent, held as minor
  /// damage: the slip is told before the leak), other products told by their parts (u369-33,
  /// u371-38, u373-36), deliveries and support told as stories (u369-36, u371-40, u372-5,
  /// u373-39, u375-41), gibberish with real words (u369-38, u374-25), a brand owned before
  /// beside poles of the same kind (u370-10), sarcasm (u370-40, u374-39, u375-37), unused
  /// gear beside older gear or a trip (u370-41, u371-39, u372-9, u375-40), stars that do not
  /// fit beside "just perfect" or a gift to a sister (u371-11, u372-11), a cancellation and a
  /// frustration told beside years of custom (u372-35, u372-37), a call-back asked with a
  /// phone number, escalated (u373-22), and a threat of hurt after "next time I see you"
  /// (u374-9: "next time ... you're going to get hurt" is also a safety warning). Its sixth
  /// round, u377-u384 (gifts, other shops, vague reviews, links and handles, long-term use,
  /// problems fixed, rants and raves, a Saturday), leaves: a rival's filter that leaked last
  /// year (u378-36, innocent, held as minor damage), sarcasm (u377-5, u378-12, u381-13,
  /// u383-29), gifts and gear still boxed beside looks or older gear (u377-12, u381-23,
  /// u382-25, u383-33), "are you actually brain dead?" asked of another reviewer (u377-14),
  /// stars against the text the score does not find strong enough or a verdict in the title
  /// (u377-30, u378-23, u379-36, u382-4, u383-38), a leak in an hour escalated as damage at
  /// 5 stars (u384-47), delivery and service stories (u378-10, u381-14, u382-9), price talk
  /// with other words (u378-39), frustration with the site or the order told without a
  /// target (u379-44, u383-44, u384-27), a trade for an Etsy shop's reviews (u380-39), socks
  /// told by what they did under the wrong product (u381-18) and "s#!t" (u383-26). Taken
  /// off by that session: u88-43, u159-26, u165-42, u171-24, u181-50, u228-25, u247-19,
  /// u268-50, u324-38 (right now), u143-40 (verdict right, under frustration). The
  /// thirty-fifth session's first round, u385-u392 (kids, replies to reviewers, fishing and
  /// paddling, calls and chats, restocks, numbers, festivals, a Sunday), leaves: "maybe your
  /// kid is just soft like you. Pathetic." said to another reviewer (u385-16), sarcasm
  /// (u388-8), a complaint at 5 stars beside one line of praise and a "but" (u388-24), a call
  /// to the store told with a staff name for title (u388-50) and a size sold out again told
  /// without the store (u389-8). Taken off by that round: u81-45, u82-32, u229-8, u282-26,
  /// u323-14, u323-40, u351-13, u381-23. Its second round, u393-u400 (weddings, quoted texts,
  /// troops and clubs, warranties, trail runners, deserts, fakes, a Wednesday), leaves: a
  /// name signed on a card quoted in the review (u394-6), sarcasm (u394-16, u397-9, u399-2),
  /// complaints at 5 stars the score does not find strong enough (u395-9, u397-40, u400-24),
  /// a tent told by its parts under the bottle (u395-45), gibberish among real words
  /// (u396-9) and "so tired of this" three sentences after the delivery it is about
  /// (u400-48). Taken off by that round: u84-46, u212-49, u235-33, u319-2. Its third round,
  /// u401-u408 (babies, voice-to-text, staff named, alpine trips, first responders, other
  /// websites, rainy trips, a Thursday), leaves: a leak "on day one of using it" labelled
  /// publish, escalated as damage on first use as criteria.md reads it (u406-18), gibberish
  /// among real words (u402-2, u406-45), a product name written in words (u402-8), a name
  /// "dictated by" above "Sent from my iPhone" (u402-37), a look at the courier's smile beside
  /// gear still bagged (u403-16), sarcasm (u403-27, u407-42), frustration a sentence or more
  /// from what it is about (u403-29, u405-48), a headlamp under the socks beside "helmet"
  /// (u404-31), a delivery story with rain in it (u407-25), a complaint at 5 stars
  /// (u407-37) and an order "a mess" whose double charge was refunded (u408-43). Taken off by
  /// that round: u228-22, u233-11, u352-37. Its fourth round, u409-u416 (cyclists, hurried
  /// phone reviews, retirees, store policies, customers abroad, children and pets, jokes, a
  /// Tuesday evening), leaves: "Sole-ly the best." under the socks read as footwear (u415-36,
  /// innocent, a pun), sarcasm (u412-26, u413-28, u414-46, u416-26), frustration with the site
  /// or a policy told without a target near it (u410-3, u412-2, u416-46), a name in lower case
  /// (u410-7), a tent told by its parts under the bottle (u410-49), delivery stories with
  /// words of their own (u411-12, u415-6), complaints at 5 stars (u412-30, u416-6), price
  /// talk beside a country (u413-3), gibberish with real words (u413-15, u415-10) and a CPF
  /// four words after its name in Portuguese (u413-19). Its fifth round, u417-u424 (big and
  /// petite sizes, first trips, points and codes, winter camping, personal stories, couriers
  /// and neighbours, second-hand gear, a Monday), leaves: sarcasm (u417-7), gear still boxed
  /// beside a size "so rare to find" or a hoodie "so squishy" (u417-14, u421-31), complaints
  /// at 5 stars (u418-21), support and delivery stories with words of their own (u419-16,
  /// u420-30, u422-2), a welcome code that never came read as a gift card not received
  /// (u419-39), "the L merino socks" whose letter is no size to the tool (u420-7), a sleeping
  /// bag and poles under products of other kinds (u420-25, u422-26), price talk with a
  /// neighbour or a title word (u422-48, u423-47) and "f#@king" (u424-14). Taken off by the
  /// thirty-fifth session's fourth and fifth rounds: u88-18, u139-43, u155-8, u243-30 (right
  /// by verdict: "flattened out" is read as the damage beside the crease it tells of). Its
  /// sixth round, u425-u432 (camp cooks, couples, upset customers, dogs, charities, quoted
  /// product pages, city use, a Friday night), leaves: complaints at 5 stars the score does not
  /// find strong enough (u425-35, u429-50, u430-36, u431-37, u432-1), cancellations told beside
  /// product talk (u426-25, u430-44), two first names or pets after a signed name (u426-30,
  /// u428-8), sarcasm (u428-22), "are you blind or just too dumb" asked of another reviewer
  /// (u430-28), a parcel missing at 5 stars (u431-29) and frustration with the site or the
  /// ordering told without a target near it (u431-40, u432-19). The session's never-read
  /// batches, u433-u436 (a spring weekend, December shoppers, group hikes, a summer weekday),
  /// were scored once at the end and their misses are named here by id only, unread. Its
  /// seventh round, u437-u444 (small accessories, writing for someone else, thru-hikers,
  /// prices and sale dates, product and store judged apart, contact details, first reviews, a
  /// Saturday morning), leaves: a full name signed inside a quote (u438-2), "She didn't order
  /// it, I didn't order it" (u438-35: "didn't order it" held genuine reviews), products told by
  /// their parts under another kind (u438-45, u439-10), "you packed it wrong, clown." (u439-40),
  /// a cancellation beside "Tried to get these" (u440-41), frustration with the order beside
  /// praise of the product (u441-39), delivery stories with words of their own (u441-43,
  /// u443-17, u444-28), a complaint at 5 stars after "They were lovely about it, but" (u442-41)
  /// and sarcasm (u443-29).
  static let knownVerdictMisses: Set<String> = [
    "u29-3", "u29-31", "u29-55", "u30-1", "u30-3", "u30-25", "u30-29", "u30-32", "u30-42", "u30-48",
    "u30-57", "u30-60", "u34-13", "u35-3", "u35-7", "u35-10", "u35-12", "u35-15", "u35-24",
    "u35-29", "u35-49", "u36-46", "u39-5", "u39-6", "u39-9", "u39-10", "u39-15", "u39-29", "u39-42",
    "u40-1", "u40-7", "u40-10", "u40-13", "u40-24", "u40-34", "u40-38", "u41-9", "u42-34", "u43-7",
    "u43-11", "u43-18", "u43-19", "u43-40", "u43-52", "u43-58", "u47-14", "u47-34", "u47-52",
    "u47-60", "u51-8", "u52-24", "u53-32", "u55-40", "u56-5", "u56-23", "u59-3", "u59-6", "u59-10",
    "u59-15", "u59-22", "u59-24", "u59-25", "u59-27", "u59-31", "u59-36", "u59-38", "u59-40",
    "u59-43", "u59-44", "u59-46", "u60-1", "u60-30", "u61-6", "u44-11", "u44-15", "u44-23",
    "u12-28", "u12-33", "u20-55", "u21-59", "u22-6", "u22-38", "u22-40", "u23-2", "u23-17", "u26-1",
    "u26-7", "u26-9", "u26-18", "u26-22", "u26-57", "u27-15", "u27-24", "u27-25", "u27-40",
    "u63-18", "u63-32", "u63-43", "u64-8", "u64-14", "u64-45", "u65-20", "u65-26", "u65-30",
    "u65-33", "u65-44", "u66-19", "u67-30", "u67-31", "u67-34", "u68-25", "u68-27", "u68-29",
    "u69-31", "u69-47", "u71-2", "u71-40", "u72-37", "u72-43", "u73-7", "u73-10", "u73-15",
    "u73-30", "u73-33", "u73-34", "u73-38", "u73-42", "u73-45", "u74-8", "u74-26", "u74-40",
    "u74-41", "u75-27", "u76-9", "u76-22", "u76-27", "u76-36", "u77-21", "u77-27", "u78-24",
    "u78-38", "u79-6", "u80-15", "u80-20", "u80-45", "u81-49", "u84-6",
    "u84-12", "u84-20", "u84-30", "u84-32", "u84-38", "u84-43", "u84-44", "u84-49",
    "u85-6", "u85-8", "u85-12", "u85-16", "u85-17", "u85-24", "u85-32", "u85-36", "u86-9", "u86-45",
    "u87-30", "u88-7", "u88-9", "u88-16", "u88-36", "u90-12", "u91-3", "u91-14",
    "u91-15", "u91-18", "u91-23", "u91-28", "u91-50", "u93-21", "u94-37", "u95-15", "u97-6",
    "u97-22", "u98-4", "u98-12", "u98-20", "u98-25", "u98-33", "u98-43", "u98-45", "u98-46",
    "u98-47", "u99-3", "u99-23", "u99-24", "u99-27", "u99-32", "u99-43", "u101-15", "u102-5",
    "u102-31", "u103-11", "u103-29", "u103-38", "u104-16", "u105-12", "u106-13", "u106-27",
    "u106-34", "u106-36", "u107-13", "u107-26", "u109-13", "u109-20", "u110-5", "u110-38",
    "u110-46", "u112-28", "u114-18", "u114-24", "u114-36", "u115-6", "u115-31", "u115-43",
    "u116-33", "u117-18", "u119-3", "u119-5", "u119-9", "u119-11", "u119-15", "u119-21", "u119-23",
    "u119-25", "u119-28", "u119-31", "u119-32", "u119-35", "u119-38", "u119-39", "u119-41",
    "u119-43", "u120-23", "u120-43", "u123-29", "u123-48", "u124-23", "u125-16", "u128-6",
    "u128-12", "u128-26", "u128-49", "u130-3", "u130-14", "u130-21", "u130-22", "u130-25",
    "u131-19", "u131-43", "u134-2", "u134-9", "u134-12", "u134-20", "u134-27", "u134-29", "u134-33",
    "u134-35", "u134-38", "u134-43", "u134-44", "u134-47", "u134-48", "u134-50", "u136-30",
    "u137-17", "u139-5", "u140-13", "u140-22", "u140-35", "u141-9", "u141-22", "u143-1",
    "u143-9", "u143-20", "u143-28", "u143-34", "u143-36", "u143-39", "u144-39", "u145-9",
    "u145-21", "u145-34", "u145-40", "u146-1", "u146-2", "u146-9", "u146-11", "u146-13", "u146-15",
    "u146-17", "u146-19", "u146-23", "u146-25", "u146-27", "u146-29", "u146-31", "u146-33",
    "u146-37", "u146-39", "u146-41", "u146-45", "u146-47", "u146-49", "u148-8", "u148-32",
    "u148-46", "u148-48", "u149-30", "u153-22", "u153-24", "u155-6", "u155-14", "u155-16",
    "u155-45", "u155-49", "u156-3", "u156-11", "u156-13", "u156-30", "u156-38", "u157-11",
    "u157-17", "u157-35", "u157-36", "u157-39", "u157-44", "u159-7", "u159-11",
    "u159-31", "u159-36", "u159-38", "u159-39", "u159-46", "u160-3", "u160-13", "u160-25",
    "u160-34", "u160-36", "u160-39", "u160-41", "u160-47", "u163-1", "u163-4", "u163-12", "u163-24",
    "u163-38", "u163-46", "u164-39", "u164-40", "u165-17", "u167-10", "u167-12",
    "u167-14", "u167-26", "u167-28", "u167-30", "u167-33", "u167-38", "u167-40", "u167-41",
    "u167-42", "u167-46", "u167-48", "u168-24", "u168-27", "u168-30", "u168-33", "u168-45",
    "u169-14", "u169-23", "u169-26", "u171-13", "u171-14", "u171-20", "u171-25",
    "u171-27", "u171-40", "u171-41", "u172-10", "u172-39", "u172-40", "u172-41", "u172-48",
    "u174-17", "u174-38", "u176-10", "u176-14", "u176-22", "u176-25", "u176-30", "u176-42",
    "u178-10", "u178-14", "u178-20", "u178-24", "u178-32", "u178-34", "u178-43", "u179-28",
    "u180-5", "u180-11", "u180-15", "u180-23", "u180-27", "u180-31", "u180-34", "u180-41",
    "u180-44", "u180-47", "u181-19", "u182-2", "u182-23", "u182-27", "u182-49",
    "u183-28", "u184-13", "u184-21", "u184-29", "u184-31", "u184-32", "u184-33", "u185-3", "u185-4",
    "u185-14", "u185-23", "u185-25", "u185-28", "u185-30", "u186-2", "u186-3", "u186-4", "u186-6",
    "u186-8", "u186-9", "u186-11", "u186-14", "u186-20", "u186-30", "u186-38", "u186-41", "u186-42",
    "u186-43", "u186-46", "u186-48", "u186-50", "u187-7", "u187-25", "u188-4", "u188-23", "u188-27",
    "u188-31", "u189-3", "u189-5", "u189-7", "u189-10", "u189-12", "u189-19", "u189-22", "u189-23",
    "u189-25", "u189-28", "u189-30", "u189-31", "u190-8", "u190-14", "u190-16", "u190-18",
    "u190-28", "u190-29", "u190-31", "u190-33", "u190-35", "u191-6", "u191-11", "u191-18",
    "u191-21", "u191-24", "u191-25", "u192-7", "u192-13", "u192-17", "u192-21", "u192-37",
    "u192-40", "u192-41", "u193-4", "u193-8", "u193-14", "u193-15", "u193-18", "u193-19", "u193-20",
    "u193-22", "u193-23", "u193-25", "u193-30", "u194-3", "u194-19", "u194-23", "u194-25",
    "u194-29", "u194-30", "u194-35", "u197-17", "u201-8", "u201-30", "u202-12", "u202-19",
    "u202-26", "u202-27", "u202-39", "u202-46", "u202-47", "u203-34", "u204-27", "u204-47",
    "u204-48", "u205-1", "u205-3", "u205-13", "u205-15", "u205-17", "u205-19", "u205-27", "u205-33",
    "u205-37", "u205-39", "u205-41", "u205-42", "u205-44", "u205-48", "u205-49", "u205-50",
    "u206-3", "u206-7", "u206-8", "u206-13", "u206-15", "u206-18", "u206-19", "u206-22", "u206-24",
    "u206-27", "u202-37", "u205-29", "u207-3", "u207-7", "u207-11", "u207-12", "u207-13", "u207-16",
    "u207-26", "u207-28", "u207-30", "u207-35", "u207-36", "u207-38", "u207-40", "u207-43",
    "u207-44", "u207-45", "u208-2", "u208-6", "u208-17", "u208-18", "u208-19", "u208-20", "u208-21",
    "u208-24", "u208-27", "u208-28", "u208-29", "u208-30", "u72-44", "u209-4", "u209-16", "u209-22",
    "u209-24", "u209-27", "u209-32", "u209-35", "u209-39", "u209-48", "u210-32", "u211-13",
    "u212-4", "u212-6", "u212-8", "u212-18", "u212-21", "u212-29", "u212-44", "u213-18",
    "u213-22", "u213-23", "u213-24", "u213-47", "u213-48", "u214-2", "u214-14", "u214-20",
    "u214-25", "u214-37", "u214-42", "u214-45", "u215-1", "u215-3", "u215-5", "u215-7", "u215-11",
    "u215-13", "u215-15", "u215-17", "u215-19", "u215-21", "u215-23", "u215-29", "u215-31",
    "u215-35", "u215-40", "u215-42", "u215-44", "u215-49", "u215-50", "u216-6", "u216-8", "u216-10",
    "u216-13", "u216-20", "u216-28", "u216-31", "u216-33", "u216-36", "u216-39", "u217-47",
    "u218-8", "u218-20", "u218-24", "u218-40", "u218-48", "u219-6", "u219-16", "u219-22", "u219-30",
    "u219-32", "u219-46", "u220-2", "u220-17", "u220-22", "u220-29", "u220-32", "u220-44",
    "u220-46", "u220-50", "u221-25", "u222-1", "u222-5", "u222-7", "u222-25", "u223-1", "u223-9",
    "u223-18", "u223-20", "u223-24", "u224-3", "u224-6", "u224-18", "u224-20", "u224-24", "u224-36",
    "u224-40", "u225-3", "u225-9", "u225-17", "u225-21", "u225-26", "u225-31", "u225-34", "u225-37",
    "u225-40", "u225-42", "u226-1", "u226-8", "u226-10", "u226-12", "u226-14", "u226-16", "u226-18",
    "u226-20", "u226-24", "u226-32", "u226-34", "u227-7", "u227-8", "u227-13", "u227-14", "u227-15",
    "u227-21", "u227-26", "u227-27", "u228-3", "u228-7", "u228-18", "u228-20",
    "u228-27", "u228-32", "u228-34", "u228-38", "u229-3", "u229-4", "u229-5", "u229-9",
    "u229-10", "u229-12", "u229-13", "u229-14", "u229-17", "u229-18", "u229-19", "u229-24",
    "u229-30", "u230-12", "u230-23", "u230-48", "u231-1", "u231-3", "u231-9", "u231-11", "u231-13",
    "u231-17", "u231-19", "u231-21", "u231-23", "u231-25", "u231-31", "u231-33", "u231-37",
    "u231-39", "u231-43", "u231-46", "u232-1", "u232-4", "u232-5", "u232-7", "u232-8", "u232-11",
    "u232-13", "u232-16", "u232-18", "u232-21", "u232-23", "u232-24", "u232-26", "u233-1", "u233-3",
    "u233-7", "u233-10", "u233-13", "u233-16", "u233-25", "u233-27", "u233-30",
    "u233-31", "u233-34", "u233-37", "u233-41", "u234-1", "u234-4", "u234-12", "u234-23", "u234-45",
    "u234-48", "u235-5", "u235-6", "u235-8", "u235-11", "u235-13", "u235-15", "u235-17", "u235-20",
    "u235-21", "u235-22", "u235-25", "u235-27", "u235-32", "u235-36", "u235-37",
    "u236-1", "u236-5", "u236-6", "u236-7", "u236-8", "u236-10", "u236-11", "u236-27", "u236-28",
    "u236-29", "u236-31", "u236-32", "u236-44", "u236-45", "u236-46", "u236-48", "u237-15",
    "u237-17", "u237-20", "u237-21", "u237-29", "u237-30", "u237-31", "u237-32", "u237-37",
    "u237-39", "u237-47", "u238-2", "u238-3", "u238-8", "u238-9", "u238-27", "u238-30", "u238-31",
    "u238-32", "u238-33", "u238-34", "u238-38", "u238-39", "u238-41", "u239-4", "u239-11",
    "u239-13", "u239-15", "u239-18", "u239-23", "u239-24", "u239-32", "u239-41", "u239-42",
    "u239-44", "u239-46", "u240-4", "u240-9", "u240-13", "u240-17", "u240-19", "u241-2", "u241-5",
    "u241-10", "u241-12", "u241-14", "u241-17", "u241-20", "u241-22", "u241-24", "u241-36",
    "u241-41", "u241-45", "u241-46", "u241-47", "u241-50", "u220-20", "u242-4", "u242-7", "u242-11",
    "u242-12", "u242-13", "u242-19", "u242-20", "u242-23", "u242-24", "u242-27", "u242-28",
    "u242-31", "u242-36", "u243-1", "u243-6", "u243-10", "u243-12", "u243-13", "u243-19", "u243-23",
    "u243-43", "u243-46", "u243-48", "u243-50", "u244-3", "u244-5", "u244-7", "u244-9",
    "u244-11", "u244-13", "u244-19", "u244-21", "u244-23", "u244-25", "u244-27", "u244-31",
    "u244-44", "u245-4", "u245-21", "u245-32", "u245-38", "u245-46", "u246-5", "u246-14", "u246-21",
    "u246-29", "u246-42", "u247-9", "u247-11", "u247-24", "u247-31", "u248-23",
    "u248-32", "u249-4", "u249-13", "u249-21", "u249-24", "u249-26", "u249-37", "u250-6", "u250-18",
    "u250-35", "u250-41", "u250-47", "u251-9", "u251-17", "u251-19", "u251-21", "u251-25",
    "u251-35", "u253-3", "u253-9", "u253-14", "u253-24", "u253-37", "u253-44", "u253-47", "u254-25",
    "u254-29", "u254-33", "u254-45", "u255-8", "u255-27", "u255-40", "u255-42", "u257-6", "u257-19",
    "u257-29", "u257-33", "u257-42", "u257-44", "u258-6", "u258-20", "u258-35", "u259-1", "u259-10",
    "u259-12", "u259-16", "u259-22", "u259-26", "u259-27", "u259-29", "u259-33", "u259-34",
    "u259-37", "u259-40", "u259-42", "u259-46", "u260-13", "u260-24", "u260-27", "u260-33",
    "u261-2", "u261-7", "u261-13", "u261-19", "u261-24", "u261-29", "u261-34", "u261-40", "u261-46",
    "u261-50", "u262-11", "u263-39", "u264-35", "u264-37", "u201-50", "u219-49", "u220-49",
    "u247-44", "u265-1", "u265-3", "u265-5", "u265-11", "u265-13", "u265-14", "u265-15", "u265-17",
    "u265-22", "u265-29", "u265-30", "u265-37", "u265-38", "u265-42", "u265-44", "u266-4",
    "u266-40", "u266-49", "u267-13", "u267-22", "u267-33", "u267-35", "u268-2", "u268-4", "u268-6",
    "u268-20", "u268-23", "u268-24", "u268-29", "u268-33", "u268-36", "u268-38", "u268-44",
    "u268-48", "u268-49", "u269-9", "u269-21", "u269-23", "u269-28", "u269-32",
    "u269-36", "u269-46", "u269-49", "u270-29", "u270-35", "u271-11", "u271-27", "u271-45",
    "u272-24", "u273-24", "u275-22", "u277-20", "u277-32", "u277-41", "u279-13", "u280-12",
    "u280-34", "u280-36", "u281-10", "u282-12", "u282-44", "u282-48", "u283-12",
    "u283-19", "u284-11", "u284-15", "u284-21", "u285-15", "u285-16", "u285-49", "u286-5",
    "u286-16", "u286-29", "u286-37", "u287-38", "u288-27", "u288-48", "u289-12", "u289-29",
    "u289-45", "u291-49", "u292-36", "u292-40", "u293-19", "u293-39", "u294-11", "u294-13",
    "u294-23", "u294-43", "u297-1", "u297-15", "u298-50", "u300-14", "u295-20", "u302-3", "u302-25",
    "u302-27", "u302-29", "u304-40", "u305-6", "u305-31", "u305-50", "u310-26", "u310-36", "u312-8",
    "u312-22", "u313-15", "u313-30", "u313-32", "u314-45", "u314-49", "u315-4", "u315-17",
    "u315-21", "u315-40", "u316-43", "u319-4", "u319-45", "u321-40", "u321-45", "u322-5",
    "u322-7", "u324-16", "u324-22", "u324-34", "u324-40",
    "u325-40", "u325-48", "u325-50", "u326-30", "u326-36", "u326-41", "u327-40", "u328-47",
    "u328-49", "u330-46", "u331-2", "u331-14", "u331-31", "u331-39", "u331-47", "u332-5", "u332-17",
    "u332-36", "u332-37",
    "u334-26", "u334-38", "u335-17", "u335-40", "u336-20", "u336-22", "u336-24", "u337-27",
    "u338-10", "u338-37", "u338-40", "u339-2", "u339-32", "u340-9", "u342-26", "u342-41",
    "u344-2", "u344-10", "u344-46", "u345-25", "u346-13", "u347-16", "u347-24", "u347-29",
    "u347-32", "u347-41",
    "u349-5", "u350-17", "u350-38", "u351-29", "u351-35", "u351-39",
    "u352-39", "u352-44", "u353-24", "u353-35", "u354-26", "u354-39", "u355-4",
    "u355-20", "u356-8", "u356-25", "u356-41",
    "u357-8", "u357-26", "u357-39", "u358-43", "u359-7", "u359-28", "u360-5", "u360-17",
    "u360-35", "u361-11", "u361-28", "u363-2", "u363-7",
    "u365-29", "u365-39", "u366-8", "u366-25", "u366-49", "u367-10", "u367-25", "u367-29",
    "u367-34", "u367-46", "u368-19",
    "u369-33", "u369-36", "u369-38", "u370-10", "u370-40", "u370-41", "u371-6", "u371-11",
    "u371-38", "u371-39", "u371-40", "u372-5", "u372-9", "u372-11", "u372-35", "u372-37",
    "u373-22", "u373-36", "u373-39", "u374-9", "u374-25", "u374-39", "u375-37", "u375-40",
    "u375-41",
    "u377-5", "u377-12", "u377-14", "u377-30", "u378-10", "u378-12", "u378-23", "u378-36",
    "u378-39", "u379-36", "u379-44", "u380-39", "u381-13", "u381-14", "u381-18",
    "u382-4", "u382-9", "u382-25", "u383-26", "u383-29", "u383-33", "u383-38", "u383-44",
    "u384-27", "u384-47",
    "u385-16", "u388-8", "u388-24", "u388-50", "u389-8",
    "u394-6", "u394-16", "u395-9", "u395-45", "u396-9", "u397-9", "u397-40", "u399-2",
    "u400-24", "u400-48",
    "u402-2", "u402-8", "u402-37", "u403-16", "u403-27", "u403-29", "u404-31", "u405-48",
    "u406-18", "u406-45", "u407-25", "u407-37", "u407-42", "u408-43",
    "u410-3", "u410-7", "u410-49", "u411-12", "u412-2", "u412-26", "u412-30", "u413-3",
    "u413-15", "u413-19", "u413-28", "u414-46", "u415-6", "u415-10", "u415-36", "u416-6",
    "u416-26", "u416-46",
    "u417-7", "u417-14", "u418-21", "u419-16", "u419-39", "u420-7", "u420-25", "u420-30",
    "u421-31", "u422-2", "u422-26", "u422-48", "u423-47", "u424-14",
    "u425-35", "u426-25", "u426-30", "u428-8", "u428-22", "u429-50", "u430-28", "u430-36",
    "u430-44", "u431-29", "u431-37", "u431-40", "u432-1", "u432-19",
    "u433-2", "u433-21", "u434-3", "u434-20", "u434-21", "u434-29", "u434-37", "u434-42",
    "u435-42", "u436-36", "u436-43",
    "u438-2", "u438-35", "u438-45", "u439-10", "u439-40", "u440-41", "u441-39", "u441-43",
    "u442-41", "u443-17", "u443-29", "u444-28",
  ]
  /// Right verdict, other row: escalated as a call to action rather than the labelled wrong
  /// item (u8-8, u17-32, u20-42, u20-48) or as not received rather
  /// than the labelled call to action (u23-12); sarcasm at 1 star read as a rating mismatch
  /// (u19-6, u20-40); from u27 and u28, wrong items escalated as calls to action (u27-3),
  /// a dead headlamp as not received (u27-22), hate read as harassment (u28-12);
  /// from u29, sarcasm at 1 star read as a rating mismatch (u29-37) and a wrong colour escalated
  /// as a call to action (u29-58); from u30, praise of a delivery read as minor damage because
  /// of "not a corner was bent" (u30-59); wrong items asked for at 3-4 stars, escalated as a
  /// call to action (u26-40, u31-46, u35-31, u35-48, u35-60), and a parcel marked
  /// delivered asked after the same way (u35-4), and
  /// u39-13 ("Need the navy one sent out"); sarcasm at 1 star read as a
  /// rating mismatch (u39-2); from u33, a box label against the shoes inside
  /// escalated as a call to action (u33-41), sarcasm at 1 star read as a rating mismatch (u33-44);
  /// from u43, a box label against the boots inside and a colour "came out of the bag"
  /// escalated as calls to action (u43-13, u43-14), from u46, "I ordered a 42 and the box had 44s"
  /// escalated as a call to action (u46-38); from the seventeenth session, sarcasm at 1 star
  /// read as a rating mismatch (u48-22, u50-44), "the pack inside the box was size S. Please
  /// exchange them" escalated as a call to action (u55-37), an insult of another reviewer at 5
  /// stars read as a rating mismatch (u58-1: "whiny, attention-seeking" are no fillers), "Mera
  /// refund kab milega?" read as frustration and not received (u59-50), a wrong tent and a
  /// wrong size escalated as calls to action (u60-5, u60-49); from the eighteenth session,
  /// wrong sizes asked for escalated as calls to action (u67-22, u69-18, u75-36,
  /// u77-15, u79-2), a parcel and a card scare the same way (u69-36),
  /// refunds still owed escalated as not received (u65-11, u73-4, u73-17, u73-47,
  /// u76-18), an insult of other reviewers read as a rating mismatch (u72-44), sarcasm at 1
  /// star read as one (u74-36), and a box card's code for a review read as a wrong product
  /// (u77-16); from u81-u86, a wrong size asked for escalated as a call to action (u82-6) and
  /// a vow beside damage escalated as the damage (u85-3); from u87-u92, a wrong size escalated
  /// as a call to action (u90-8) and sarcasm read as a rating mismatch (u90-10); from u98, a
  /// wrong size escalated as a call to action (u98-26); from u101-u104, sarcasm read as a
  /// rating mismatch (u101-7, u102-20) and a wrong size escalated as a call to action
  /// (u103-16); from u109-u112, a tampering offer escalated as a call to action (u111-25) and
  /// an Aadhaar number a sentence after its name read as a phone number (u112-13); from u114,
  /// a slow delivery with "Not great." read as shipping only (u114-43); from u120, sarcasm
  /// read as a rating mismatch (u120-13); from u123-u124, a wrong item and a parcel stuck
  /// in transit escalated as calls to action (u123-41, u123-49), sarcasm read as a rating
  /// mismatch (u124-25); from u125-u128, a wrong size and a wrong tent escalated as calls
  /// to action (u125-28, u128-13), a refund still owed escalated as not received (u128-17);
  /// from u129-u132, sarcasm at 1 star read as a rating mismatch (u129-3), a vow beside a
  /// torn envelope escalated as the damage (u131-37), a refund still owed escalated as not
  /// received (u131-38); from u133-u136, a pack review with a bottle in it read as a wrong
  /// product rather than a rating mismatch (u134-15), a wrong size asked for escalated as a
  /// call to action (u136-6), "took 3 weeks to ship. ridiculous" read as shipping only rather
  /// than frustration (u140-16); from u141-u144, a cancellation read as frustration
  /// (u143-22), a tampering offer, a credit never paid and a wrong colour escalated as calls
  /// to action (u144-7, u144-28, u144-47); a wrong size asked for escalated as a call to
  /// action (u145-23); from u151-u152, a card number spelled out in words read as a phone
  /// number (u151-31) and a wrong cut asked to be swapped escalated as a call to action
  /// (u152-45); from u160, wrong items and damage asked to be put right at 4-5 stars
  /// escalated as calls to action (u160-9, u160-11, u160-21, u160-27, u160-30); from
  /// u161-u168, a wrong size "in the box" asked to be replaced (u161-34), a lost parcel, a
  /// tampering offer, torn fabric with an ask, and wrong items at 4 stars escalated as calls
  /// to action (u164-7, u164-17, u164-38, u168-19, u168-31, u168-42); from u169-u172 (not
  /// fixed), sarcasm at 1 star read as a rating mismatch (u169-21) and another customer's
  /// order shown at checkout read as a wrong item (u172-50); from u173-u180, a wrong size
  /// asked for and a wrong item escalated as calls to action (u173-13, u180-9), sarcasm read
  /// as a rating mismatch (u173-16), and a group run down read as harassment (u174-24); from
  /// u181-u192, wrong sizes asked for escalated as calls to action (u181-7, u181-20), a
  /// checkout complaint read as a wrong product (u181-49), a threat read as harassment
  /// (u186-18) and a hateful remark read as harassment (u192-39); from u193-u196 (not fixed),
  /// two escalations found under another escalation row (u194-10); from u197-u200,
  /// wrong items told by sizes or names across sentences and a parcel at a stranger's porch
  /// escalated as calls to action (u197-12, u197-32, u197-46), and an exchange label
  /// asked for three times read as a lost parcel (u198-45); from u201, wrong items told across
  /// sentences ("Order confirmation says Ridge 2P, the box on my porch was the Basecamp 4P",
  /// "The box says 10.5, the shoes inside say 8") escalated as calls to action (u201-18,
  /// u201-48); from u203-u204 (not fixed), five escalations found under another row; from u208
  /// (not fixed), two found under another legal row. Taken off: u43-13, u103-16
  /// (wrong sizes now found beside the ask) and u111-25 (a tampering offer told as a
  /// condition). From u234-u244 (twenty-eighth session), wrong items told by model or product
  /// name escalated as calls to action, and a cancellation read as frustration (u234-44).
  /// Taken off by that session's swaps of size, colour and product: u27-17, u29-39, u35-2,
  /// u36-34, u39-1, u71-10, u78-41, u194-9, u197-42, u218-43, u219-18. From u245-u249, two sizes
  /// across boxes (u245-5), escalated as a call to action; from u250-u254, legal rows found
  /// under another legal row and an exchange escalated as not received (u250-19); sizes
  /// written as one letter
  /// ("torso size M and got the S", u246-4, u246-48) were found by the same session. Taken off by the twenty-ninth
  /// session's values and models: u181-7, u234-26 ("the tag says 11 UK"), u60-5 ("the box
  /// contained a Ridge 2P tent"); by its lists: u131-37 ("Not giving Northpeak Outfitters
  /// another dollar", no longer read as damage to a torn envelope), u220-10 ("the sole half
  /// peeled away"). From u255-u258, an account taken over escalated as a call to action and
  /// sarcasm read as a rating mismatch. From u259-u270, sarcasm read as a rating mismatch and
  /// wrong items escalated as calls to action; u53-2, a "did not order" now found as
  /// frustration (its verdict is right since the thirtieth session). Taken off: u239-6 and
  /// u73-47, found as calls to action. From u271-u278, sarcasm at 1 star read as a rating
  /// mismatch (u275-7), a replacement that never came escalated as damage and not received
  /// (u277-40), and two wrong sizes escalated as calls to action (u281-24, u282-20). From
  /// u287-u294, sarcasm at 1 or 2 stars read as a rating mismatch (u290-9, u292-7, u292-11,
  /// u292-15, u292-32, u299-7); wrong sizes escalated as calls to action (u297-49, u298-26).
  /// From u302, a competitor's lower price read as a price (u302-11). Taken off: u28-12,
  /// hate now found as hate; u181-49, frustration now found beside a gift card's code. From
  /// u306-u321, sarcasm read as a rating mismatch (u311-31, u313-2, u313-12, u313-23,
  /// u313-40, u315-10, u315-35, u315-42, u316-5), parcels never come escalated as calls to
  /// action (u313-5, u313-42), and frustration at the shop found as only about the service
  /// (u314-32, and u73-32, u114-8, u245-23, whose verdicts went right that way); u323-6 and
  /// u324-4 are of the never-read batches. From u325-u332, an insult quoted from a clerk
  /// beside the frustration (u325-15), sarcasm read as a rating mismatch (u325-39), and a
  /// repair never returned escalated as not received (u326-50). Taken off: u229-15. From
  /// u333-u348, a wrong size escalated as a call to action (u334-45), a refund owed read as
  /// only about the service (u336-30), sarcasm read as a rating mismatch (u346-22, u348-43),
  /// and "never ordered socks from you" read as frustration (u143-40, right by verdict since
  /// the thirty-fourth session); from u349-u356, a wrong size and model escalated as a call to
  /// action (u355-6) and sarcasm read as a rating mismatch (u355-26, u364-15); u367-23 is of
  /// the never-read batches; from u369-u376, wrong sizes asked for escalated as calls to
  /// action (u369-46, u371-2, u372-17); from u377-u384, a price in a link read as another
  /// product (u380-35) and wrong sizes asked for escalated as calls to action (u381-25,
  /// u382-28). Taken off by the thirty-fourth session: u186-18 ("it's weak because you left
  /// it on the eco setting, genius" is now found as harassment beside its threat). From
  /// u385-u392, sarcasm read as a rating mismatch (u386-38, u389-33); from u393-u400, sarcasm
  /// read as a rating mismatch (u395-38) and boots "in a 9" five words after "inside" escalated
  /// as a call to action (u399-42); from u409-u416, sarcasm read as a rating mismatch (u410-25,
  /// u411-26); from u417-u424, sarcasm read as a rating mismatch (u418-1, u420-27, u422-35)
  /// and a birthday code read as a gift card beside a size out of stock (u419-41); u436-15 is of
  /// the never-read batches; from u437-u444, sarcasm read as a rating mismatch (u441-26) and a
  /// rival's lower price found as a price rather than the competitor named (u442-5). Taken off
  /// by the thirty-fifth session: u82-6, u218-7, u245-23.
  static let knownRowMisses: Set<String> = [
    "u29-37", "u30-59", "u33-41", "u33-44", "u26-40", "u35-31", "u35-48", "u35-60", "u39-13",
    "u39-2", "u43-14", "u48-22", "u50-44", "u55-37", "u59-50", "u60-49", "u8-8", "u17-32", "u19-6",
    "u20-40", "u20-42", "u20-48", "u23-12", "u27-3", "u27-22", "u65-11", "u67-22", "u69-36",
    "u72-44", "u73-4", "u73-17", "u74-36", "u75-36", "u76-18", "u77-15", "u77-16", "u85-3",
    "u90-8", "u90-10", "u98-26", "u101-7", "u102-20", "u112-13", "u114-43", "u120-13", "u123-41",
    "u123-49", "u124-25", "u125-28", "u128-13", "u128-17", "u129-3", "u131-38", "u140-16",
    "u143-22", "u144-7", "u144-28", "u144-47", "u145-23", "u151-31", "u152-45", "u160-21",
    "u161-34", "u164-7", "u164-17", "u164-38", "u168-19", "u168-31", "u168-42", "u169-21",
    "u172-50", "u173-13", "u173-16", "u174-24", "u180-9", "u192-39", "u194-10",
    "u197-12", "u197-32", "u197-46", "u198-45", "u201-18", "u203-3", "u203-25", "u203-38",
    "u203-47", "u204-4", "u208-15", "u208-23", "u212-31", "u215-9", "u218-1", "u218-3",
    "u218-13", "u218-17", "u218-45", "u219-3", "u219-20", "u219-25", "u220-21", "u221-8", "u222-11",
    "u222-15", "u223-17", "u223-41", "u224-45", "u229-29", "u231-15", "u234-5", "u234-28",
    "u234-30", "u234-44", "u235-1", "u235-7", "u235-10", "u236-13", "u236-21", "u236-23", "u236-36",
    "u236-41", "u237-27", "u242-1", "u242-6", "u245-5", "u250-19", "u253-22", "u253-28", "u253-41",
    "u254-37", "u256-40", "u257-22", "u257-35", "u258-9", "u258-49", "u259-3", "u259-19", "u259-23",
    "u263-11", "u264-9", "u265-21", "u265-27", "u265-43", "u266-17", "u266-30", "u266-32",
    "u266-36", "u267-31", "u53-2", "u275-7", "u277-40", "u281-24", "u282-20", "u290-9", "u292-7",
    "u292-11", "u292-15", "u292-32", "u297-49", "u298-26", "u299-7", "u302-11", "u311-31", "u313-2",
    "u313-5", "u313-12", "u313-23", "u313-40", "u313-42", "u314-32", "u315-10", "u315-35",
    "u315-42", "u316-5", "u323-6", "u324-4", "u73-32", "u114-8", "u325-15", "u325-39",
    "u326-50", "u334-45", "u336-30", "u346-22", "u348-43", "u143-40", "u355-6", "u355-26",
    "u364-15", "u367-23", "u369-46", "u371-2", "u372-17", "u380-35", "u381-25", "u382-28",
    "u386-38", "u389-33",
    "u395-38", "u399-42",
    "u410-25", "u411-26",
    "u418-1", "u419-41", "u420-27", "u422-35",
    "u436-15",
    "u441-26", "u442-5",
  ]

  static let directory = URL(fileURLWithPath: #filePath)
    .deletingLastPathComponent().deletingLastPathComponent()
    .appendingPathComponent("Fixtures/blind")

  struct Labelled {
    var review: Review
    var expected: String
    var text: String
  }

  static func batch(_ name: String) throws -> [Labelled] {
    let url = directory.appendingPathComponent("\(name).jsonl")
    let text = try String(contentsOf: url, encoding: .utf8)
    return try text.split(separator: "\n").map { line in
      let object = try JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any] ?? [:]
      let product = object["product"] as? [String: Any]
      let review = Review(
        id: object["id"] as? String ?? "", rating: object["rating"] as? Int ?? 0,
        title: object["title"] as? String ?? "", body: object["body"] as? String ?? "",
        product: Product(id: product?["id"] as? String))
      return Labelled(
        review: review, expected: object["expected"] as? String ?? "",
        text: "\(review.title) | \(review.body)")
    }
  }

  static func verdict(of label: String) -> Verdict {
    if label == "publish" { return .publish }
    return label.hasPrefix("escalate.") ? .escalate : .reject
  }

  @Test(arguments: [
    "u8", "u9", "u10", "u11", "u12", "u13", "u14", "u15", "u16", "u17", "u18", "u19", "u20",
    "u21", "u22", "u23", "u24", "u25", "u26", "u27", "u28", "u29", "u30", "u31", "u32",
    "u33", "u34", "u35", "u36", "u37", "u38", "u39", "u40", "u41", "u42", "u43", "u44", "u45", "u46",
    "u47", "u48", "u49", "u50", "u51", "u52", "u53", "u54", "u55", "u56", "u57", "u58", "u59", "u60",
    "u61", "u62", "u63", "u64", "u65", "u66", "u67", "u68", "u69", "u70", "u71", "u72", "u73",
    "u74", "u75", "u76", "u77", "u78", "u79", "u80", "u81", "u82", "u83", "u84", "u85", "u86",
    "u87", "u88", "u89", "u90", "u91", "u92", "u93", "u94", "u95", "u96", "u97", "u98", "u99",
    "u100", "u101", "u102", "u103", "u104", "u105", "u106", "u107", "u108", "u109", "u110",
    "u111", "u112", "u113", "u114", "u115", "u116", "u117", "u118", "u119", "u120", "u121",
    "u122", "u123", "u124", "u125", "u126", "u127", "u128", "u129", "u130", "u131", "u132",
    "u133", "u134", "u135", "u136", "u137", "u138", "u139", "u140",
    "u141", "u142", "u143", "u144", "u145", "u146", "u147", "u148", "u149", "u150", "u151",
    "u152", "u153", "u154", "u155", "u156", "u157", "u158", "u159", "u160", "u161", "u162",
    "u163", "u164", "u165", "u166", "u167", "u168", "u169", "u170", "u171", "u172", "u173",
    "u174", "u175", "u176", "u177", "u178", "u179", "u180", "u181", "u182", "u183", "u184",
    "u185", "u186", "u187", "u188", "u189", "u190", "u191", "u192", "u193", "u194", "u195",
    "u196", "u197", "u198", "u199", "u200", "u201", "u202", "u203", "u204",
    "u205", "u206", "u207", "u208", "u209", "u210", "u211", "u212", "u213", "u214", "u215",
    "u216", "u217", "u218", "u219", "u220", "u221", "u222", "u223", "u224", "u225", "u226",
    "u227", "u228", "u229", "u230", "u231", "u232", "u233", "u234", "u235", "u236", "u237",
    "u238", "u239", "u240", "u241", "u242", "u243", "u244", "u245", "u246", "u247", "u248",
    "u249", "u250", "u251", "u252", "u253", "u254", "u255", "u256", "u257", "u258", "u259",
    "u260", "u261", "u262", "u263", "u264", "u265", "u266", "u267", "u268", "u269", "u270",
    "u271", "u272", "u273", "u274", "u275", "u276", "u277", "u278", "u279", "u280", "u281",
    "u282", "u283", "u284", "u285", "u286",
    "u287", "u288", "u289", "u290", "u291", "u292", "u293", "u294",
    "u297", "u298", "u299", "u300",
    "u295", "u296",
    "u301", "u302", "u303", "u304", "u305",
    "u306", "u307", "u308", "u309", "u310", "u311", "u312", "u313", "u314", "u315",
    "u316", "u317", "u318", "u319", "u320", "u321", "u322", "u323", "u324",
    "u325", "u326", "u327", "u328", "u329", "u330", "u331", "u332",
    "u333", "u334", "u335", "u336", "u337", "u338", "u339", "u340",
    "u341", "u342", "u343", "u344", "u345", "u346", "u347", "u348",
    "u349", "u350", "u351", "u352", "u353", "u354", "u355", "u356",
    "u357", "u358", "u359", "u360", "u361", "u362", "u363", "u364",
    "u365", "u366", "u367", "u368",
    "u369", "u370", "u371", "u372", "u373", "u374", "u375", "u376",
    "u377", "u378", "u379", "u380", "u381", "u382", "u383", "u384",
    "u385", "u386", "u387", "u388", "u389", "u390", "u391", "u392",
    "u393", "u394", "u395", "u396", "u397", "u398", "u399", "u400",
    "u401", "u402", "u403", "u404", "u405", "u406", "u407", "u408",
    "u409", "u410", "u411", "u412", "u413", "u414", "u415", "u416",
    "u417", "u418", "u419", "u420", "u421", "u422", "u423", "u424",
    "u425", "u426", "u427", "u428", "u429", "u430", "u431", "u432",
    "u433", "u434", "u435", "u436",
    "u437", "u438", "u439", "u440", "u441", "u442", "u443", "u444",
  ])
  func everyLabelHolds(batch name: String) throws {
    guard let engine = ContentFixture.engine else { throw ContentFixture.FixtureError.noEngine }
    let labelled = try Self.batch(name)
    #expect(labelled.count >= 40, "\(name): \(labelled.count) reviews")
    // Screened as one queue, as `modq screen` reads a file: a batch may hold near-duplicates
    // (integrity.duplicate is found across the queue).
    let results = engine.screenQueue(labelled.map(\.review), threads: 1)
    for (item, result) in zip(labelled, results) {
      let id = item.review.id
      // A miss left alone stays named: when a rule starts catching it, it leaves the known
      // lists (and joins the figures).
      if Self.knownVerdictMisses.contains(id) {
        #expect(result.verdict != Self.verdict(of: item.expected), "\(id) is right now")
      }
      if Self.knownRowMisses.contains(id) {
        #expect(!result.findings.contains { $0.criterion == item.expected }, "\(id) is right now")
      }
      if !Self.knownVerdictMisses.contains(id) {
        #expect(
          result.verdict == Self.verdict(of: item.expected),
          "\(id): \(result.verdict), labelled \(item.expected): \(item.text.prefix(200))")
      }
      if item.expected != "publish" && !Self.knownVerdictMisses.contains(id)
        && !Self.knownRowMisses.contains(id)
      {
        #expect(
          result.findings.contains { $0.criterion == item.expected },
          "\(id): \(result.findings.map(\.criterion)), labelled \(item.expected)")
      }
    }
  }

}
