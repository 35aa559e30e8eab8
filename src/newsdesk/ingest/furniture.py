"""Recognisers for the page furniture a scrape drags along with the article.

Each function looks at one line (one paragraph of a scrape) and says whether it is a caption, a
label, a byline, a "Read more" heading and so on.  They only *recognise*: the segmenter in
``metadata.py`` decides where each applies, and nothing here changes the text.  Patterns are
kept strict (short lines, credit-shaped tails) because a body paragraph mistaken for furniture
silently drops reporting, which is worse than leaving a stray caption in the body.
"""

from __future__ import annotations

import re
from datetime import date, datetime

from newsdesk.ingest.dates import DATE_PATTERN, find_written_date
from newsdesk.knowledge import geo, grammar

HEADLINE_MAX_WORDS = 25
RELATED_ITEM_MAX_WORDS = 25
CAPTION_MAX_WORDS = 80

# Labels that a publication puts over a piece to say what kind of piece it is.
LABELS: dict[str, str] = {
    "opinion": "opinion",
    "op-ed": "opinion",
    "oped": "opinion",
    "editorial": "opinion",
    "column": "opinion",
    "columnist": "opinion",
    "commentary": "opinion",
    "guest essay": "opinion",
    "perspective": "opinion",
    "analysis": "analysis",
    "news analysis": "analysis",
}
# Labels safe to recognise when only a space separates them from the headline: "Analysis" and
# "Column" also begin ordinary headlines ("Analysis Finds ..."), so they need punctuation.
_SPACE_LABELS = "News Analysis|Opinion|Op-Ed|Editorial|Commentary|Guest Essay"
_ALL_LABELS = (
    "News Analysis|Analysis|Opinion|Op-Ed|Editorial|Column|Commentary|Guest Essay|Perspective"
)
_LABEL_PREFIX = re.compile(
    rf"^(?P<label>(?:{_ALL_LABELS})\s*[:|—–-])\s*(?=\S)"
    rf"|^(?P<spaced>{_SPACE_LABELS}|{_SPACE_LABELS.upper()})\s+(?=[A-Z0-9“\"‘'])"
)

_CREDIT_WORDS = re.compile(
    r"\b(?:Getty|AFP|AP Photo|Associated Press|Reuters|EPA|Photo|Photograph|Image|Credit|"
    r"Courtesy|Pool|Shutterstock|Bloomberg|Illustration|Video still|Handout)\b",
    re.IGNORECASE,
)
_CREDIT_TAIL = re.compile(
    r"(?:^|[\s.])(?:Photo(?:graph)?|Image|Picture|Illustration|Credit|Foto|Bild|Titelbild"
    r"|Beitragsbild|Bildquelle|Fotografía|Imagen|Immagine|Crédits? photos?|Crédit)s?"
    r"(?: credit)?\s?:\s*\S[^:]{0,100}$",
    re.IGNORECASE,
)
_SLASH_CREDIT = re.compile(r"[A-Za-z.]\s*/\s*[A-Z]")

# "Read more" and its kin in the languages of the pages we read most (English, German, Spanish,
# French, Italian, Portuguese, Dutch, the Nordic languages, Polish, Russian, Turkish).
_READ_ALSO = (
    r"read more|read next|also read|read also|see also|related|more on this (?:story|topic)"
    r"|lesen sie (?:auch|mehr)|mehr zum thema|auch interessant|weiterlesen|siehe auch"
    r"|lea (?:también|más)|lee (?:también|más)|leer más|ver (?:también|más)|puedes ver"
    r"|te puede interesar|también te puede interesar|mira también|te recomendamos"
    r"|(?:à )?lire (?:aussi|également|la suite)|voir aussi|à voir aussi"
    r"|leggi (?:anche|di più)|vedi anche|potrebbe interessarti"
    r"|leia (?:também|mais)|veja também|saiba mais"
    r"|lees (?:ook|meer)|zie ook|läs (?:också|mer)|læs (?:også|mere)|les (?:også|mer)"
    r"|czytaj (?:także|też|więcej)|zobacz (?:też|także)|читайте также|смотрите также|по теме"
    r"|ilgili haberler|devamını oku"
)
_RELATED_HEADING = re.compile(
    rf"^(?:{_READ_ALSO}"
    r"|related (?:coverage|stories|articles|content|reading|links|posts)"
    r"|more from [^.!?]{1,60}|recommended(?: for you| reading)?|more (?:stories|news)"
    r"|further reading|you (?:may|might) also like|what to read next|most (?:popular|read)"
    r"|editors'? picks|don't miss|top stories|popular posts|trending(?: now)?"
    r"|das könnte sie auch interessieren|weitere (?:artikel|beiträge|meldungen|nachrichten)"
    r"|ähnliche (?:artikel|beiträge)|verwandte (?:artikel|beiträge|themen)|meistgelesen(?:e)?"
    r"|top-themen(?: bei [^.!?]{1,40})?"
    r"|(?:notas|noticias|artículos) relacionad[oa]s|lo más (?:leído|visto)|más información"
    r"|(?:articles|sur le même sujet|à lire) (?:liés|aussi)|sur le même sujet|les plus lus"
    r"|vous aimerez aussi|articoli correlati|i più letti|notícias relacionadas|mais lidas"
    r"|gerelateerde artikelen|meest gelezen|bunlar da ilginizi çekebilir)\s*:?$",
    re.IGNORECASE,
)
_RELATED_INLINE = re.compile(rf"^(?:{_READ_ALSO})\s*:\s*\S", re.IGNORECASE)

_FURNITURE = re.compile(
    r"^(?:(?:story continues below )?advertisement|ad|supported by|sponsored content"
    r"|continue reading(?: the main story)?|share(?: (?:this|the) (?:article|story|page))?"
    r"|share (?:on|via) [\w ]{1,30}|copy link|save(?: (?:article|story))?|gift this article"
    r"|listen(?: to (?:this )?(?:article|story))?|skip (?:to|past) (?:main )?content"
    r"|follow us on [\w ,&]{1,40}|(?:view |no |\d+ )?comments?(?: \(\d+\))?"
    r"|print(?: this (?:article|page))?"
    r"|(?:sign up|subscribe)\b.{0,120}\bnewsletters?\b.{0,80}"
    r"|get (?:our|the) .{0,60}\bnewsletter\b.{0,80}|newsletter sign-?up.{0,80}"
    r"|enter your email(?: address)?.{0,80}|(?:click|tap) here to .{1,80}"
    # German, Spanish, French, Italian, Dutch: advertising, sharing, comments, categories
    r"|anzeige(?:[,:] .{0,60})?|werbung|publicidad|publicité|pubblicità|advertentie|reklame"
    r"|(?:artikel )?teilen|compartir(?: en [\w ]{1,30})?|partager(?: sur [\w ]{1,30})?"
    r"|condividi|delen|(?:keine |\d+ )?kommentare?|(?:sin |\d+ )?comentarios?"
    r"|(?:aucun |\d+ )?commentaires?|(?:nessun |\d+ )?comment[io]|reacties"
    r"|(?:category|categories|kategorie|kategorien|categoría|catégorie|categoria|tags?|"
    r"schlagwörter|etiquetas) ?: .{1,80}"
    # the reporters who helped ("Contributing: Ana Reyes.", "Additional reporting by ...")
    r"|contribut(?:ing|ors?) ?: .{1,150}|additional reporting by .{1,150}"
    # the credit line under a piece: "The Associated Press contributed to this report.",
    # "Ana Reyes in Quito contributed reporting."
    r"|[\w .,'&’-]{2,120}? contributed (?:to this (?:report|story|article)|reporting\b.{0,80})"
    # where the reporters wrote from, a line of its own after the piece: "Lind reported from
    # Faro.", "Reyes and Lind reported from Faro, Portugal." (names in capitals only)
    r"|(?-i:(?:[A-Z][\w'’.-]+(?:,? and |, | ))*[A-Z][\w'’.-]+ reported from "
    r"[A-Z][\w'’.-]*(?:,? [A-Z][\w'’.-]*){0,3})"
    r"|reporting by [^.;]{1,120}; editing by .{1,120}"  # bracketed: ``_BRACKETED_CREDIT``
    # its opening bracket left on the line before: "Writing by Ana Reyes and Tomas Lind,
    # editing by Per Holm)" (6 lines in news-timelines, Reuters)
    r"|(?:writing|reporting|editing|compiled) by [^()]{1,200}\)"
    # a comments section's disclaimer: "Views expressed in the comments do not represent
    # those of the Harbour Herald.", "Comments are moderated ..."
    r"|(?:the )?(?:views|opinions) expressed (?:in|by) (?:the )?(?:comments?|readers?|users?)"
    r".{0,100}|comments are (?:moderated|closed|open)\b.{0,100}"
    # a link's call to look elsewhere on the page: "View how tourism, commerce and the
    # coastline are all at risk.", "See the major forms oil takes on upon water contact.",
    # "Explore all of our oil spill graphics to track the spill, ..." (15 lines in news-timelines)
    r"|(?:view|see|watch|explore) (?:how|what|where|the|our|all|a|an|more|photos|pictures|video)"
    r"\b[^.!?]{1,150}"
    r"|(?:jetzt )?(?:zum )?newsletter (?:abonnieren|anmelden).{0,80}"
    r"|(?:suscríbete|suscribete|abonnez-vous|iscriviti|abonneer je)\b.{0,80}\bnewsletter\b.{0,60}"
    # a closing mark the scrape left after the full stop ('... contributed to this report."')
    r")\s*[.:!]?[\"”]?$",
    re.IGNORECASE,
)

# The outlet pointing its readers to its own coverage: "You can follow the testimony ... on the
# BBC News website on Thursday, from 1400GMT", "Watch the speech live on our app".
PROMO_MAX_WORDS = 60
_PROMO = re.compile(
    r"(?:you can|(?:you\s+)?(?:watch|follow|listen to|read)\b)[^.!?]{0,300}?\b(?:on|at|via)\s+"
    r"(?:the\s+|our\s+)?(?:[A-Z][\w.&'-]*\s+){0,4}(?:web\s?site|app|iplayer|live\s?stream"
    r"|live\s+page|channel|radio|podcast)\b",
    re.IGNORECASE,
)
# The page's call to buy its book or follow its feed, which a Guardian page runs into one line
# with the feed's posts: "Find out more and buy the ebook on Kindle from Amazon UK and US or
# iTunes UK or US Follow the latest environment news, comment and analysis on Twitter" (15
# lines of news-timelines; the shop, the platforms and the posts' names were actors).
_BUY_OR_FOLLOW = re.compile(
    r"(?:find out more and\s+)?(?:buy|follow)\b[^.!?]{0,300}?\bon\s+"
    r"(?:twitter|facebook|instagram|kindle|itunes)\b",
    re.IGNORECASE,
)
_NEWSLETTER = re.compile(r"\b(?:sign up|subscribe)\b[^.!?]{0,60}\bnewsletters?\b", re.IGNORECASE)
# A page's closing call to sign up, run onto the credit line or the related headlines before
# it: "The Associated Press contributed to this report Sign up for free e-mail news alerts
# from FoxNews.com and FoxBusiness.com." (14 pages of news-timelines)
_SIGN_UP_TAIL = re.compile(
    r"\bSign up for (?:free )?(?:e-?mail )?(?:news )?(?:alerts|newsletters?)\b[^!?]{0,80}$"
)
SIGN_UP_LINE_MAX_WORDS = 60

_BYLINE = re.compile(r"^By\s+(?P<name>[A-Z\u00c0-\u024f][^|\n]{1,150}?)\s*(?:\|.*)?$")
_NAME_CONNECTORS = frozenset(
    {"and", "&", "de", "da", "del", "della", "van", "von", "der", "den", "la", "le", "du"}
    | {"bin", "ibn", "al", "el", "y"}
)

_DATE_LINE = re.compile(
    r"^(?P<kind>First published|Published|Posted|Updated|Last updated|Last modified)"
    r"(?: on)?\s*:?\s+(?P<rest>.+)$",
    re.IGNORECASE,
)
_TIME_TAIL = r"(?:,?\s*(?:at\s+)?\d{1,2}(?:[:.]\d{2})?\s*(?:[ap]\.?m\.?)?\s*(?:[A-Z]{2,4})?)?"
_BARE_DATE_LINE = re.compile(rf"^{DATE_PATTERN}{_TIME_TAIL}$")

# Known agencies anywhere in the first words, or any capitalised abbreviation after a place
# in capitals ("MADRID, March 12 (CPA) -"): that shape is the wire convention itself.
_WIRE = re.compile(
    r"^(?:[^\n]{0,80}?\((?P<agency>Reuters|AP|AFP|Associated Press|Bloomberg|UPI|dpa|AAP|CNN)\)"
    r"|[A-Z][A-Z.'’\- ]+,[^\n()]{0,40}\((?P<abbr>[A-Z]{2,6})\))"
    r"\s*[-—–]"
)
# "WASHINGTON, Aug. 27, 2019 —": a place in capitals, a written date, a dash.
_DATELINE = re.compile(
    r"^(?P<head>[A-Z][A-Z.'’\- ]+(?:,\s*[A-Za-z.'’ ]+)*?,\s+[^—–\n]{6,40}?)\s*[-—–]"
)


# Scripts written without spaces between words: Thai, Lao, Myanmar, Khmer, kana, Han.
_UNSPACED = re.compile(
    r"[\u0e00-\u0eff\u1000-\u109f\u1780-\u17ff\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff"
    r"\uf900-\ufaff\U00020000-\U0002fa1f]"
)
_UNSPACED_CHARS_PER_WORD = 2


def words(line: str) -> int:
    """Words in a line; in a script written without spaces, every two characters count one
    (a Chinese or Japanese sentence is one "word" to ``str.split``)."""
    unspaced = len(_UNSPACED.findall(line))
    if not unspaced:
        return len(line.split())
    return len(_UNSPACED.sub(" ", line).split()) + unspaced // _UNSPACED_CHARS_PER_WORD


def label_genre(line: str) -> str | None:
    """The genre a standalone label line announces ("Opinion", "News Analysis:")."""
    folded = " ".join(line.strip().rstrip(":|").split()).casefold()
    return LABELS.get(folded)


def label_prefix(line: str) -> tuple[int, str] | None:
    """A label glued in front of a headline: (chars the label takes, genre)."""
    match = _LABEL_PREFIX.match(line)
    if not match:
        return None
    text = match.group("label") or match.group("spaced")
    genre = label_genre(text)
    if genre is None:
        return None
    return len(text), genre


# The agencies' caption style dates the picture after its place, set off by commas: "... on
# Capitol Hill in Washington, Thursday, June 17, 2010, to testify ..." or "..., June 17,
# 2010." closing the caption.  Running text dates with "on" ("on Thursday, June 17").
_MONTH_DAY_YEAR = (r"(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.?"
                   r" \d{1,2}, (?:19|20)\d\d")
_CAPTION_DATE = re.compile(
    rf", (?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day, {_MONTH_DAY_YEAR}\b"
    rf"|, {_MONTH_DAY_YEAR}\.?$"
)


def is_caption(line: str) -> bool:
    """A photo caption: a paragraph ending in a credit, "(Name/AFP/Getty Images)" or "Photo: X",
    or dated as the agencies date their pictures (``_CAPTION_DATE``)."""
    if words(line) > CAPTION_MAX_WORDS:
        return False
    stripped = line.rstrip()
    if credits_line(stripped) == len(stripped):
        return True  # "Photo credits: REUTERS/Name (caption) REUTERS/Name (caption)"
    run_in = credit_prefix(stripped)
    if run_in:  # a credit run into the paragraph after it: the paragraph decides
        return is_caption(stripped[run_in:])
    captioned = run_in_credit(stripped)
    if captioned:  # a caption and its credit run into the news: the news decides
        return is_caption(stripped[captioned:])
    if _CAPTION_DATE.search(stripped):
        return True
    if stripped.endswith(")"):
        open_at = stripped.rfind("(")
        if open_at >= 0:
            credit = stripped[open_at + 1 : -1].strip()
            before = stripped[:open_at].rstrip()
            # A bare agency name in brackets ("(EPA)") is a caption credit only after a
            # finished sentence; inside a sentence it is an abbreviation.
            keyword_credit = _CREDIT_WORDS.search(credit) and (
                not before or before[-1] in ".?!”\"'"
            )
            if (
                credit
                and len(credit) <= 120
                and credit[-1] not in ".?!"
                and (_SLASH_CREDIT.search(credit) or keyword_credit)
            ):
                return True
    return bool(_CREDIT_TAIL.search(stripped))


# A photo gallery's caption opens on the day the picture was taken and a colon, its agency's
# credit sometimes run in before it: "May 4: Workers lower a boom ...", "AP May 5: A ship
# ...", "Coast Guard via AP June 30: Oily waves ...", "June 23, 2010: This image ...", or on
# its weekday alone ("Wednesday: BP Chairman ... leave the White House ...", 5 first lines of
# Fox News pages, each read as the article's title).
_DAY_CAPTION = re.compile(
    r"(?:(?:[A-Z][\w.'’-]*(?:/[\w.'’ -]+)?|via) ){0,4}"
    r"(?:(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.? \d{1,2}"
    r"(?:, (?:19|20)\d\d)?|(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day): (?=[A-Z0-9“\"‘'])"
)


def is_dated_caption(line: str) -> bool:
    """A gallery's caption dated by its day ("May 4: Crews lower a boom off the pier."), read
    as a caption only where no paragraph of news has come before it (``metadata``): 112 of
    the 117 lines of this shape in news-timelines' 1680 pages open a page, each a caption, and
    set later among the news such a line may be a chronology's entry ("April 20: The rig
    explodes"), which the timeline wants.  The credit before the day is one to four words,
    capitalised or joined by slashes ("AP", "AFP/Getty Images", "Coast Guard via AP")."""
    return words(line) <= CAPTION_MAX_WORDS and _DAY_CAPTION.match(line.strip()) is not None


# A link to a gallery: its headline, a dash and what it shows, then its standfirst: "Oil execs
# in Senate hearing as gulf oil spill cleanup efforts continue -- photos Oil companies stress
# ..." (12 Washington Post pages of news-timelines open on it).
_GALLERY_LINK = re.compile(
    r"[A-Z][^.!?\n]{10,200}? (?:--|–|—) (?i:photos|pictures|video|videos|graphics?|interactive"
    r"|in pictures|gallery)(?: (?=[A-Z“\"‘'])|\s*$)"
)
GALLERY_LINK_MAX_WORDS = 80


def is_gallery_link(line: str) -> bool:
    """A page's link to a gallery, "Headline -- photos Standfirst ...": the word for what the
    link shows ends the headline, and a capital (or the line's end) follows; "-- video of the
    crash was shown ..." is a sentence going on, and stays."""
    text = line.strip()
    return words(text) <= GALLERY_LINK_MAX_WORDS and _GALLERY_LINK.match(text) is not None


def is_related_heading(line: str) -> bool:
    return bool(_RELATED_HEADING.match(line.strip()))


def is_related_inline(line: str) -> bool:
    """ "Read more: Another headline" on one line."""
    return bool(_RELATED_INLINE.match(line.strip())) and words(line) <= RELATED_ITEM_MAX_WORDS + 3


_TEASER_END = re.compile(r"\w\s(?:\.\.\.|…)$")
TEASER_MAX_WORDS = 80


def is_teaser(line: str) -> bool:
    """A link to another story, its first words cut off by an ellipsis after a word with no
    punctuation: "Photos of fish with sores ... but federal health officials say the Gulf
    seafood tha ...".  Not a line of reporting whose sentence ends before the ellipsis
    ("... a good thing. ...", an interview's elision), nor an elision inside it (" ... " going
    on).  Lines running several teasers into one are left alone: reporting also strings facts
    with " ... " ("during the operation ... U.S. scientists estimated ...")."""
    text = line.strip()
    return bool(_TEASER_END.search(text)) and words(text) <= TEASER_MAX_WORDS


# A print edition's note, and whatever promotion the page runs on after it: "A version appeared
# on p14 of the Main section section of the Guardian on 01.32 BST on Wednesday 4 August 2010
# Follow the latest environment news ... on Twitter" (77 lines in news-timelines).
_PRINT_NOTE = re.compile(
    r"(?:a version of this article|a version|this article) appeared on p(?:age )?\d+ of \w",
    re.IGNORECASE,
)
# A transcript's legal notices and its own label: "Content and Programming Copyright 2010 Harbour
# Network, Inc.", "All materials herein are protected by ... copyright law ...", "You may not
# alter or remove any trademark, copyright or other notice ...", "This is a rush transcript from
# "Harbour Tonight," June 2, 2010. This copy may not be in its final form ...".
_LEGAL_NOTE = re.compile(
    r"(?:content and programming )?copyright (?:©\s*)?(?:19|20)\d\d\b"
    r"|all materials herein are protected by\b|you may not alter or remove any trademark\b"
    r"|this is a rush transcript from\b|this copy may not be in its final form\b",
    re.IGNORECASE,
)


# The line that opens the readers' comments under a piece: their disclaimer or invitation, "Views
# expressed in the comments do not represent those of the Harbour Herald.", "We welcome comments
# that advance the story ...", "Comments are closed.", "This discussion is now closed.".  It may
# be glued to the credit line before it: "(Reporting by Ana Reyes) We welcome comments that ...";
# on a page of readers' views, the first comment's header opens them ("At 10:14 am on 28 May
# 2010, harbourfan wrote: ...").
_COMMENTS_OPEN = re.compile(
    r"(?:^|(?<=[.!?)]\s))(?:(?:the )?(?:views|opinions) expressed (?:in|by) (?:the )?"
    r"(?:comments?|readers?|users?)\b|we welcome comments\b|comments are (?:moderated|closed)\b"
    r"|this discussion is (?:now )?closed\b"
    # the legend of a comment section's badges and its rules: "SuperFan badge holders
    # consistently post ...", "This commenter is a Harbour Times editor ...", "You must be
    # logged in to report a comment." (3 Washington Post pages of news-timelines)
    r"|\w+ badge holders (?:\w+ )?post\b|this commenter is an? \b"
    r"|you must be logged in to (?:report|post|leave|reply)\b"
    # a reader's comment under its header: "At 10:14 am on 28 May 2010, harbourfan wrote: ..."
    r"|at \d{1,2}[:.]\d{2}(?: ?[ap]m)?(?: on)? \d{1,2}(?:st|nd|rd|th)? [a-z]{3,9}\.? \d{4}, "
    r"[^\n]{1,80}? wrote:)"
    # a blog's invitation, printed after the comments, glued to the last one with no stop: "It
    # speaks for itself We welcome comments that advance the story ..." (7 pages)
    r"|(?<=\s)we welcome comments that advance the story\b",
    re.IGNORECASE,
)


# A blog's header under each reader's comment, wherever a scrape runs it into a line:
# "... Posted by: harbourfan | June 14, 2010 12:48 PM | Report abuse" (14 pages of news-timelines).
_COMMENT_HEADER = re.compile(
    r"\bPosted by: [^|\n]{1,60} \| [A-Z][a-z]{2,8}\.? \d{1,2}, \d{4} \d{1,2}:\d{2} ?[AaPp]\.?[Mm]\b"
)


def comments_start(line: str) -> int | None:
    """Where in ``line`` the readers' comments section opens, else None.

    Everything from there to the end of the page is what readers wrote, not the piece: a
    comment's "BP has the bigger lawyers" is no claim of the outlet, and the product lines a
    page closes with ("An ultra-low latency infrastructure for ...") are no news.  A blog
    that prints the header after each comment leaves its first comment in the body: nothing
    tells where it begins."""
    found = [m.start() for m in (_COMMENTS_OPEN.search(line), _COMMENT_HEADER.search(line)) if m]
    return min(found) if found else None



# The invitation a blog prints after its readers' comments, not before them as a news page
# prints its disclaimer: "... (the last comment) We welcome comments that advance the story
# through relevant opinion, anecdotes, links and data."
_CLOSING_INVITATION = re.compile(r"\bwe welcome comments that advance\b", re.IGNORECASE)
# A line that opens on a photo's credit: "HARBOURWIRE/Ana Reyes ...", "Photo credit:
# Harbourwire/Ana Reyes (caption) ...".
_CREDIT_LINE = re.compile(
    r"(?:(?:Photograph|Photo|Picture|Image)s? credits?: |(?:[A-Z]{2,}|Reuters)/[A-Z])")


def blog_comments_start(lines: list[str], first: int) -> int | None:
    """The line a blog's readers' comments open on, where nothing but the post's closing photo
    credit marks it (else None): the page's first comments line is the invitation that closes
    them ("We welcome comments that advance the story ..."), and the last line from ``first``
    on before it that opens on a credit ("WIRE/Ana Reyes The pilots have had this coming ...",
    the first comment glued to it) ends the post.  On news-timelines' Reuters blogs and op-eds
    (8 pages) the comments run from there: "BP is criminal", "We'll make sure its fixed in
    2012" were news, their writers' words actors and dates.  The credit's own line goes with
    them, a credit and a comment, no reporting."""
    invitation = next((k for k in range(first, len(lines)) if comments_start(lines[k]) is not None),
                      None)
    if invitation is None or not _CLOSING_INVITATION.search(lines[invitation]):
        return None
    for k in range(invitation - 1, first, -1):
        if _CREDIT_LINE.match(lines[k].strip()):
            return k
    return None

# A newspaper's correction note: "This article was amended on 6 May 2010. The original said
# that the ferry carried 900 cars. This has been corrected." (10 Guardian pages in
# news-timelines, a scrape's bullet "cents" sometimes before it).
_CORRECTION_OPENS = re.compile(
    r"(?:^|\s)(?:this|an earlier version of this) (?:article|story|report) (?:was|has been) "
    r"(?:amended|corrected|updated) on\b",
    re.IGNORECASE,
)
_CORRECTION_CLOSES = re.compile(r"^this has (?:now )?been (?:corrected|amended)\b", re.IGNORECASE)
_CORRECTION_MAX_LINES = 4


def correction_lines(lines: list[str], at: int) -> int:
    """How many lines from ``at`` on a correction note takes (0 when none opens there): the
    note's line, and the lines after it up to the one saying "This has been corrected", when
    that line comes within a few; else the note's line alone, since news may follow it.  What
    "the original said" is the error the paper withdrew, no claim of the piece, and the
    original was no speaker."""
    if not _CORRECTION_OPENS.search(lines[at][:40]):
        return 0
    for k in range(at + 1, min(len(lines), at + _CORRECTION_MAX_LINES + 1)):
        if _CORRECTION_CLOSES.match(lines[k].strip()):
            return k - at + 1
    return 1


def is_print_note(line: str) -> bool:
    """The print edition's note that closes a piece ("A version appeared on p14 of the Main
    section ..."): whatever the page runs after it (a feed of posts, "RT @someone: ...") is the
    page's, not the piece's (79 pages in news-timelines, none with reporting after it)."""
    return bool(_PRINT_NOTE.match(line.strip()))


# A programme's blog sidebar run into one line: its air times, its blogs' ages and its feeds
# ("This is when we're on air: 1100 & 1700GMT Monday to Friday ... via these feeds").
_ON_AIR = re.compile(r"^this is when (?:we're|we’re|we are) on air\b", re.IGNORECASE)
# A social widget's post: a retweet opens on "RT" and the handle it passes on ("RT @HarbourDesk:
# Ferry fares rose again in March."); the page's sidebar, not the piece (a December in the
# timeline; 7 pages of news-timelines, all one Guardian widget).
_RETWEET = re.compile(r"^RT @\w{1,30}:? ")


# A wire story's bracketed credit, of any length: "(Reporting by Tomas Lind; Editing by Ana
# Reyes)", and "(Reporting by Ana Reyes in Faro, Tomas Lind in Oslo, ... and Ida Vik in Bergen;
# Writing by Nils Aas; Editing by Siv Lund)", ten reporters in 40 words, past the word limit of
# other furniture; its names are no actors.  The credit closes the story, so what a scrape runs
# into its line after it is the page's too: the owner's product lines ("(Reporting by Ana
# Reyes; Editing by Tomas Lind) A trading platform for the modern desk ...", 33 lines of
# news-timelines, whose names were actors and whose "editing by ..." a quote), or the
# readers' comments' invitation, which ``comments_start`` finds first (54 lines).
_BRACKETED_CREDIT = re.compile(
    r"^\((?:reporting|writing|editing|compiled) by [^()]{1,600}\)(?:\s*[.:!]?$|\s+\S)",
    re.IGNORECASE)


def is_furniture(line: str) -> bool:
    """Advertising, sharing and sign-up lines that belong to the page, not the piece."""
    if _ON_AIR.match(line.strip()) or _RETWEET.match(line.strip()):
        return True
    if (_PROMO.match(line.strip()) or _BUY_OR_FOLLOW.match(line.strip())) and \
            words(line) <= PROMO_MAX_WORDS:
        return True
    if _PRINT_NOTE.match(line.strip()) or _LEGAL_NOTE.match(line.strip()):
        return True
    if is_headline_feed(line):
        return True
    if _SIGN_UP_TAIL.search(line.strip()) and words(line) <= SIGN_UP_LINE_MAX_WORDS:
        return True
    if _BRACKETED_CREDIT.match(line.strip()):
        return True
    if words(line) > 25:
        return False
    return bool(_FURNITURE.match(line.strip()) or _NEWSLETTER.search(line))


def byline_name(line: str) -> str | None:
    """NAME from a byline "By NAME" / "By NAME and NAME", else None."""
    match = _BYLINE.match(line.strip())
    if not match:
        return None
    name = match.group("name").strip().rstrip(",;")
    tokens = name.split()
    if not tokens or len(tokens) > 12:
        return None
    for token in tokens:
        bare = token.strip(",;.")
        if bare.casefold() in _NAME_CONNECTORS or not bare:
            continue
        if not (bare[0].isupper() or bare[0] in "“\"'"):
            return None
    return name


def date_line(line: str) -> tuple[bool, date | None]:
    """Whether the line is a "Published …"/"Updated …"/bare-date line, and the date it gives.

    Only a publication date counts: an update date says when the page changed, not when the
    piece appeared, so a line that only gives "Updated …" yields no date.
    """
    stripped = line.strip()
    if words(stripped) > 20:
        return False, None
    if _BARE_DATE_LINE.match(stripped):
        found = find_written_date(stripped)
        return found is not None, found
    match = _DATE_LINE.match(stripped)
    if not match:
        return False, None
    published = re.search(r"(?:First published|Published|Posted)(?: on)?\s*:?\s+", stripped, re.I)
    if not published:
        return True, None
    tail = stripped[published.end() :]
    tail = re.split(r"\b(?:Updated|Last updated|Last modified)\b", tail, flags=re.I)[0]
    return True, find_written_date(tail)


# "Photograph: Charlie Riedel/AP BP was poised ...": a newspaper scrape runs the photo's credit
# into the paragraph after it.  The credit is a photographer and agencies joined by slashes
# ("Saul Loeb/AFP/Getty Images", "KPA/Zuma/Rex Features", "Pete Souza/White House"), or an
# agency alone ("Photograph: Reuters BP is ..."); a sentence opens after it.  An agency's own
# credit comes without the colon: "AP Photo/Ana Reyes The mayor said ..." (7 lines in
# news-timelines), or in brackets, the photographer's name and agency bracketed again after
# it, "(AP Photo/Ana Reyes) (Ana Reyes - AP) The mayor said ..." (31 lines); the model made
# an organisation "AP Photo/Ana Reyes The" and a person "Ana Reyes - AP" of them.  The
# photographer's name is one to four capitalised words, no article among them.  An agency's
# name alone in brackets opens a paragraph the same way, "(AP) U.S. officials confirmed ..."
# (23 pages), where the model read "(AP) U.S. officials" as the speaker, and so does the
# agency's name bare, a gallery's credit for the picture above the news: "AP Thirteen
# nations have offered ...", "Reuters British Petroleum was able to ..." (about 20 Fox pages;
# not "EPA", also the agency of government).
_AGENCY_TAIL = r"(?: (?:Images|Features|House|Press|Photo|Photos|Pictures|Agency))?"
_PHOTO_AGENCIES = r"(?:AP|AFP|EPA|Reuters)"
_PHOTOGRAPHER_WORD = r"(?!(?:The|A|An)\b)[A-Z][\w.'’-]*"
_CREDITED_SOURCE = r"[A-Z][\w.'’-]*(?: [A-Z][\w.'’-]*){0,3}"
_CREDIT_PREFIX = re.compile(
    r"(?:(?:Photograph|Photo|Picture|Credit)s?: "
    r"(?:(?:[^\s/:]+(?: [^\s/:]+){0,3}/)+[^\s/:]+" + _AGENCY_TAIL +
    r"|(?:Reuters|AP|AFP|EPA|PA|Getty Images|Rex Features|Alamy|Bloomberg))"
    rf"|{_PHOTO_AGENCIES} Photo/{_PHOTOGRAPHER_WORD}(?: {_PHOTOGRAPHER_WORD}){{0,3}}"
    rf"|\({_PHOTO_AGENCIES} Photo/[^()\n]{{2,60}}\)"
    rf"(?: \([^()\n]{{2,60}} - (?:{_PHOTO_AGENCIES}|Getty Images)\))?"
    r"|\((?:AP|AFP|EPA|Reuters|Associated Press|Bloomberg|CNN)\)"
    r"|(?:(?:AP|Reuters|AFP(?:/Getty Images)?|Getty Images)"
    # the agency with its copyright year glued on ("AP2010 WASHINGTON -- ..."), or a source's
    # picture handed out through it ("Coast Guard via AP Oil giant BP ...", "U.S. Navy via
    # Reuters"): Fox News sets the gallery's credit so before the lead (9 lines in
    # news-timelines, each read)
    rf"|(?:AP|Reuters|AFP)(?:19|20)\d\d|{_CREDITED_SOURCE} via (?:AP|Reuters|AFP))"
    r"(?! (?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|"
    r"Sep|Oct|Nov|Dec)[a-z]*\.? \d))"  # a dated caption's credit is the caption's
    r" (?=[A-Z0-9“\"‘'])"
)
# A blog's credits for its pictures, each credit with its caption in brackets: "Photo credits:
# REUTERS/Name (Walrus swims in the pool at Moscow's zoo, February 28, 2001) REUTERS/Name
# (...)", "Photo credit: Reuters/Name (ribbon of oil on surface of Gulf of Mexico)".
_CREDIT_NAME = (r"(?:(?:[^\s/:()]+(?: [^\s/:()]+){0,3}/)+[^\s/:()]+(?: [A-Z][^\s/:()]*){0,2}"
                + _AGENCY_TAIL +
                r"|(?:Reuters|AP|AFP|EPA|PA|Getty Images|Rex Features|Alamy|Bloomberg))")
_CREDITS_LINE = re.compile(
    r"(?:Photograph|Photo|Picture|Image)s? credits?: "
    rf"{_CREDIT_NAME}(?: \([^()\n]{{1,200}}\))+(?: {_CREDIT_NAME}(?: \([^()\n]{{1,200}}\))+)*"
    r"(?= [A-Z0-9“\"‘']|\s*$)"
)


# The time zones pages write after a clock time: an acronym there not among them is the news's
# subject ("Thursday, May 20, 2010; 4:41 PM BP said ...").
_ZONES = r"(?:GMT|BST|UTC|EDT|EST|CDT|CST|MDT|MST|PDT|PST|ET|IST|CET|CEST)"

# How a line that may open on such a credit begins.
CREDIT_OPENINGS = ("Photo", "Picture", "Credit", "AP ", "AFP", "EPA ", "Reuters ", "Getty ", "(",
                   "AP1", "AP2", "Reuters1", "Reuters2")
_VIA_REACH = 60  # characters a source's name and " via " take: "U.S. Coast Guard via AP"


def may_open_on_credit(line: str) -> bool:
    """A cheap look at whether a line may open on a photo credit (``credit_prefix`` decides):
    read for every line of every page, so only its first characters."""
    return line.startswith(CREDIT_OPENINGS) or " via " in line[:_VIA_REACH]


# What a scraped wire story may open with before its first words of news: "WASHINGTON |",
# "Wed Jun 16, 2010 2:56 pm EDT", an editor's note "(Adds BP forgoing dividend for year)",
# and the dateline "WASHINGTON, June 16 (Reuters) -".
# "WASHINGTON | ", "GOLDEN MEADOW, Louisiana | ", "HOUSTON/VENICE, Louisiana | ", and a
# second place after the first's state, "VENICE, La/WASHINGTON | ", "VENICE, La/PENSACOLA
# BEACH, Fla | "; the place with the day, "NEW YORK, April 30 | ", or the day alone, "June 3 |
# " (4 of the 115 stamps of bpoil before 25 June, whose "Fri" and "NEW YORK" were read as text)
_WIRE_DAY = r"[A-Z][a-z]{2,8}\.? \d{1,2}"
_PIPE_PLACE_PATTERN = (r"(?:[A-Z][A-Z .'’-]{1,30}(?:/[A-Z][A-Z .'’-]{1,30})*"
                       r"(?:, [A-Z][A-Za-z .'’-]{1,30}(?:/[A-Z][A-Z .'’-]{1,30})*){0,2}"
                       r"(?:, " + _WIRE_DAY + r")?|" + _WIRE_DAY + r") \| ")

_LEAD_FURNITURE = (
    re.compile(_PIPE_PLACE_PATTERN),
    # the tail of a photo credit a scrape broke at "U." of "U.S." (the words after "REUTERS/"),
    # its source last, then the reporters' byline, before the place: "S. Navy/Handout ROBERT,
    # Louisiana | ...", "S. Coast Guard/Petty Officer 3rd Class Ana Reyes/Handout LONDON |
    # ...", "S. Navy photo/Handout By Ana Reyes and Tom Hale WASHINGTON | ...", "... Handout
    # By Ana Reyes, Environment Correspondent OSLO | ..." (8 first lines of bpoil before 25
    # June 2010): a headline has no such slashes, and read as one the photographer was a
    # person of the news and the stamp's "Sun" another
    re.compile(r"(?:[^\s/|]+(?: [^\s/|]+){0,6}/)+(?:Handout|Pool|Reuters|AP|AFP) "
               r"(?:By [A-Z][a-z][\w.'’-]*(?: [A-Z][a-z][\w.'’-]*){1,2}"
               r"(?: and [A-Z][a-z][\w.'’-]*(?: [A-Z][a-z][\w.'’-]*){1,2})?"
               r"(?:, [A-Z][a-z]+(?: [A-Z][a-z]+){0,2})? )?(?=" + _PIPE_PLACE_PATTERN + ")"),
    re.compile(r"(?:Credit|Photo|Photograph|Picture)s?: [^\s/]+(?: [^\s/]+){0,3}(?:/[^/\n]+?)+ "
               r"(?=[A-Z][A-Z .'’-]{1,30} \| )"),
    _CREDIT_PREFIX,
    re.compile(r"(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun)\w* [A-Z][a-z]{2,8}\.? \d{1,2}, \d{4}"
               r"(?: \d{1,2}:\d{2}\s*[ap]\.?m\.?(?: " + _ZONES + r")?)? "),  # a zone after a time
    # a page's own stamp: "Thursday, May 27, 2010; 4:21 PM ", "May 27, 2010 20:34 UTC "
    re.compile(r"(?:(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day, )?[A-Z][a-z]{2,8}\.? \d{1,2}, "
               r"\d{4}(?:;|,)? \d{1,2}:\d{2}(?:\s*[AaPp]\.?[Mm]\.?)?(?: " + _ZONES + r")? "),
    # a blog's stamp and byline, "June 10, 2010 - 5:41 PM | by: Ana Reyes " (7 pages): the
    # author's two names, a middle initial between
    re.compile(r"[A-Z][a-z]{2,8}\.? \d{1,2}, \d{4} - \d{1,2}:\d{2} [AaPp]\.?[Mm]\.? \| "
               r"[Bb]y:? [A-Z][\w'’-]+(?: [A-Z]\.)? [A-Z][\w'’-]+ "),
    # a blog's author and stamp, "Ana Reyes | 09:51 UK time, Friday, 28 May 2010 ", and a
    # page's "Page last updated at 07:41 GMT, Wednesday, 9 June 2010 08:41 UK " (19 pages)
    re.compile(r"(?:[A-Z][\w.'’-]*(?: [A-Z][\w.'’-]*){0,3} \| |Page last updated at )?"
               r"\d{1,2}:\d{2} (?:UK time|GMT|BST), (?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day, "
               r"\d{1,2} (?:January|February|March|April|May|June|July|August|September|October|"
               r"November|December) \d{4}(?: \d{1,2}:\d{2} UK)? "),
    # a page's date and update time with its help link, "13 July 2010 Last updated at 09:43 GMT
    # Help " (9 first lines in news-timelines)
    re.compile(r"\d{1,2} (?:January|February|March|April|May|June|July|August|September|"
               r"October|November|December) \d{4} Last updated at \d{1,2}:\d{2}"
               r"(?: (?:GMT|BST|UTC|UK time))?(?: Help)? "),
    # a wire story's highlights run into its first line before the editor's note or the
    # dateline: "* Firms cut costs before spill * Causes systemic (Updates with comment) ..."
    re.compile(r"(?:\* [^*\n]{3,200}? )+(?=\((?:Adds|Updates|Recasts|Corrects|Changes|Repeats|"
               r"Writes through|Refiles)\b|[A-Z][A-Z .'’/-]{1,40}, [A-Z][a-z]{2,8}\.? \d{1,2} \()"),
    re.compile(r"\((?:Adds|Updates|Recasts|Corrects|Changes|Repeats|Writes through|Refiles)"
               r"\b[^()\n]{0,80}\) "),
    # "HOLLOWAY FALLS (Continental Press) — ", "ESTRAD, March 3 (Wire) - ", the wire style
    # "WASHINGTON (AP) _ " or "BAGHDAD, Iraq -- ": a hyphen alone only after the agency; the
    # comma before the date may be missing, "ESTRAD March 3 (Wire) - " (8 pages of
    # news-timelines, whose datelines were read as the first sentence's words)
    re.compile(r"[A-Z][A-Z .,'’/-]{1,40}(?:,[^()\n_]{0,30}|(?<= )[A-Z][a-z]{2,8}\.? \d{1,2})?\s*"
               r"(?:\([^()\n]{2,40}\)\s*(?:[—–_]+|--?)|[—–_]+|--)\s+"),
    # the agency, after the day where the dateline has no place ("June 3 (Reuters) - ") or
    # no comma after it ("WASHINGTON May 2 (Reuters) - ")
    re.compile(r"(?:(?:[A-Z][A-Z .'’-]{1,30} )?" + _WIRE_DAY + r" )?"
               r"\((?:Reuters|AP|AFP|Associated Press|Bloomberg|UPI|dpa|AAP|CNN)\) ?[-—–_]+ "),
)


# A web page's publication stamp a scrape runs into its first line, after the headline and
# standfirst and before the caption or text: "Battle to halt BP oil spill is nearing its end,
# says Barack Obama BP claims it has reached ... Wednesday 4 August 2010 20.43 BST BP says".
_RUN_IN_STAMP = re.compile(
    r"\b(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day \d{1,2} (?:January|February|March|April|May|"
    r"June|July|August|September|October|November|December) \d{4} \d{1,2}[.:]\d{2}"
    r"(?: (?:BST|GMT|CET|CEST|EST|EDT|CST|CDT|PST|PDT|UTC))? (?=[A-Z0-9“\"‘'])"
    # a page's date and update time with its help link after the headline: "BP oil spill
    # caused by a 'failure of management' 6 January 2011 Last updated at 01:53 GMT Help ..."
    r"|(?<=[a-z'’\"”] )\d{1,2} (?:January|February|March|April|May|June|July|August|September|"
    r"October|November|December) \d{4} Last updated at \d{1,2}:\d{2}"
    r"(?: (?:GMT|BST|UTC|UK time))?(?: Help)? (?=[A-Z0-9“\"‘'])"
)
STAMP_LEAD_MAX_WORDS = 80  # a headline and standfirst, not a paragraph of news


def run_in_stamp(line: str) -> tuple[int, int] | None:
    """Where a publication stamp run into a line begins and ends, when headline words come
    before it and text after it (None otherwise): the words before are the page's headline
    and standfirst, glued into one "sentence" with no full stop."""
    found = _RUN_IN_STAMP.search(line)
    if found is None or found.start() == 0 or found.end() >= len(line):
        return None
    if words(line[: found.start()]) > STAMP_LEAD_MAX_WORDS:
        return None
    return found.start(), found.end()


_OPENING_STAMP = re.compile(
    r"\d{1,2} (?:January|February|March|April|May|June|July|August|September|October|November|"
    r"December) \d{4} Last updated at \d{1,2}:\d{2}(?: (?:GMT|BST|UTC|UK time))?(?: Help)? "
    r"(?=[A-Z0-9“\"‘'])"
)


def opening_stamp(line: str) -> int:
    """How many characters of a page's first line are its date and update time with the help
    link, with no headline before them ("6 January 2011 Last updated at 17:03 GMT Help A US
    report ..."; 0 for none)."""
    found = _OPENING_STAMP.match(line)
    return found.end() if found and found.end() < len(line) else 0


def stamp_date(stamp: str) -> date | None:
    """The day of a run-in stamp ("Wednesday 4 August 2010 20.43 BST" is 2010-08-04)."""
    found = re.search(r"\d{1,2} [A-Z][a-z]+ \d{4}", stamp)
    try:
        return datetime.strptime(found.group(), "%d %B %Y").date() if found else None
    except ValueError:
        return None


# A pull quote set into a paragraph: 'We have to hope for the best" End Quote Ana Reyes Harbour
# Trust There is no doubt ...': the words, the marker, who said them and their title, then the
# paragraph the page set it into (67 pages of news-timelines, all of one outlet).
# The marker may also open the line, the quotation's words dropped by the scrape or set on the
# line before ("End Quote Ana Reyes Harbour engineer If the gate holds ...", 10 lines).
_PULL_QUOTE_END = re.compile(r"(?:^|[\"”] )End Quote (?=[A-Z])")
# Words that open the paragraph after the speaker's title: the general openers and a few more
# ("A flawed design ...", "In a statement ..."); a title has them in lower case if at all.
_PARAGRAPH_OPENERS = grammar.GLUED_SENTENCE_OPENERS | frozenset(
    "a an in on at after as when while if for since earlier later last".split()
)
_TITLE_LINKS = frozenset("of at for to in and".split())  # "Editor of The Times" goes on


# A pull quote that opens a line on its speaker's name and a colon and runs into the paragraph
# with no stop: 'Ana Reyes: "We will not sail" Both unions are expecting ...' (11 lines in
# news-timelines, BBC pages): the quotation closes with no punctuation before a capital.  Its
# marks may be single ("Per Holm: 'We heard a crack' Per Holm said ...", 3 lines), and then
# hold no apostrophe, which could not be told from the closing mark.
_NAMED_PULL_QUOTE = re.compile(
    r"[A-Z][\w.'’-]*(?: [A-Z][\w.'’-]*){0,3}: "
    r"(?:[\"“][^\"“”\n]{3,200}[^\s,.!?;:][\"”]|['‘][^'‘’\"“”\n]{3,200}[^\s,.!?;:]['’]) (?=[A-Z])"
)


def pull_quote_end(line: str, opening: bool = False) -> int:
    """Where the paragraph a pull quote was set into begins (0 where the line holds none, or
    where the end of the speaker's title cannot be told).  The title runs on in capitals and
    lower case alike ("Chief investments officer at Royal London Asset Management"), so the
    paragraph is found by its opening: a quotation mark before a capital; a capitalised
    opening word (``grammar.GLUED_SENTENCE_OPENERS`` and a few more) before a word in lower
    case ("Society There is no doubt"); or "The" not after a word that links a title
    ("Secretary The Libyan well", not "Editor of The Times").  A paragraph opening on a name
    ("... Management BP said it had") is not found: where its subject begins cannot be told
    ("Florida Governor Charlie Crist said"), and the line is left as it was.

    A pull quote that opens the line on its speaker's name and a colon ends at its closing
    mark, when no punctuation closes the quoted words (``_NAMED_PULL_QUOTE``): its words ran
    into the next paragraph's, 'It will not happen here" Both companies are expecting'.  On a
    page's ``opening`` line the page's header may come before the name ("By Lena Dahl BBC
    News, Oslo Per Holm: 'We heard a crack' A ferry engineer has told ...", "Ferry strike
    spreads Ana Reyes: ..."; 9 first lines of BBC pages in news-timelines): the lead opens at
    the closing mark all the same."""
    named = _NAMED_PULL_QUOTE.match(line) or (
        _opening_pull_quote(line) if opening else None)
    if named:  # 'Ana Reyes: "We will not sail" Both unions ...': the paragraph opens at "Both"
        return named.end()
    marker = _PULL_QUOTE_END.search(line)
    if marker is None:
        return 0
    found = list(re.finditer(r"\S+", line[marker.end():]))
    words = [w.group() for w in found]
    for k in range(2, min(len(words) - 1, 16)):  # the name is two words at least
        word, following = words[k], words[k + 1]
        opens = (
            (word[:1] in "\"“" and word[1:2].isupper())
            or (word.istitle() and word.lower() in _PARAGRAPH_OPENERS
                and following[:1].islower())
            or (word == "The" and words[k - 1].lower() not in _TITLE_LINKS)
        )
        if opens:
            return marker.end() + found[k].start()
    return 0


def opening_pull_quote_start(line: str) -> int:
    """Where a named pull quote after a page's header on its first line begins (0 for none):
    the header's words before it are no part of the caption ("By Lena Dahl BBC News, Oslo" |
    "Per Holm: 'We heard a crack'"), though where the name begins is only guessed."""
    found = _opening_pull_quote(line)
    return found.start() if found else 0


def _opening_pull_quote(line: str) -> re.Match[str] | None:
    """The named pull quote after the header on a page's first line: its name follows a space,
    so the header is the words before it."""
    for found in _NAMED_PULL_QUOTE.finditer(line):
        if found.start() > 0 and line[found.start() - 1] == " ":
            return found
    return None


# A pull quote the page repeats from its own text and runs into the next paragraph with no
# stop: 'We need fuel to carry the wounded The two governments are planning a corridor ...',
# where a later paragraph has '"We need fuel to carry the wounded," she said.'  Six words at
# least, so a stock phrase the article happens to repeat is not taken for one.
_PULL_QUOTE_MIN_WORDS = 6
_REPEAT_ENDS = frozenset(".,!?;:\"”’'")


def repeated_quote_end(line: str, text: str, at: int) -> int:
    """Where the paragraph begins after a pull quote that repeats words found elsewhere in the
    article (0 for none).  ``line`` starts at offset ``at`` of ``text``.  The quote is the
    longest opening run of whole words (six or more) that the text has again outside the line,
    closed there by punctuation (the speaker's own sentence: '... the wounded."'), and the
    paragraph after it opens on a capital or a quotation mark.  A line that only repeats an
    earlier one word for word is no pull quote (nothing follows the run)."""
    found = list(re.finditer(r"\S+", line))
    if len(found) <= _PULL_QUOTE_MIN_WORDS:
        return 0
    skip = len(line) - len(line.lstrip("\"“‘'"))
    outside = text[:at] + "\n" + text[at + len(line):]
    for k in range(len(found) - 1, _PULL_QUOTE_MIN_WORDS - 1, -1):
        word, last = found[k].group(), found[k - 1].group()
        if not (word[:1].isupper() or word[:1] in "\"“") or not last[-1:].isalpha():
            continue
        quote = line[skip : found[k - 1].end()]
        where = outside.find(quote)
        while where >= 0:
            after = outside[where + len(quote) : where + len(quote) + 1]
            if after in _REPEAT_ENDS:
                return found[k].start()
            where = outside.find(quote, where + 1)
    return 0


# A scraped slideshow's buttons run into the paragraph after them: "BACK {current} of {total}
# NEXT Meanwhile, ..." (30 pages of news-timelines, its template left unfilled).
_WIDGET_PREFIX = re.compile(
    r"(?:BACK|Back|PREV(?:IOUS)?|Prev(?:ious)?) (?:\{current\}|\d{1,3}) of (?:\{total\}|\d{1,3}) "
    r"(?:NEXT|Next)\b\s*"
)


def widget_prefix(line: str) -> int:
    """How many characters of a paragraph are a slideshow's buttons run into it (0 for none)."""
    found = _WIDGET_PREFIX.match(line)
    return found.end() if found else 0


# A live page's entry stamp, a clock time of four digits opening the line, often glued to the
# entry's first word: "1604 Adm Mike Mullen says ...", "2208The BBC's Nick Davis says ..."
# (three BBC live pages of news-timelines, about 80 entries each).  Only on a page with
# several, since a line may open with a year ("1925 was the year ...").
_CLOCK_STAMP = re.compile(r"(?:[01]\d|2[0-3])[0-5]\d(?: (?=[A-Z“\"‘'])|(?=[A-Z][a-z]))")
LIVE_STAMPS_LEAST = 3


def live_stamps(lines: list[str]) -> bool:
    """Whether a page's lines open with clock stamps often enough to be a live page's."""
    return sum(1 for line in lines if _CLOCK_STAMP.match(line)) >= LIVE_STAMPS_LEAST


def clock_stamp(line: str) -> int:
    """How many characters of a live page's line are its entry's clock stamp (0 for none)."""
    found = _CLOCK_STAMP.match(line)
    return found.end() if found and found.end() < len(line) else 0


# A portal's feed of other outlets' headlines, each followed by its age and its outlet:
# "Big oil to get more grilling - 7 hrs ago CNN Money FACTBOX-Chronology ... - 1 hr ago ...".
_FEED_AGE = re.compile(r" [-–—] \d{1,3} (?:mins?|minutes?|hrs?|hours?|days?) ago ")
FEED_LEAST_ITEMS = 2


# One item closing its line: the headline's age and its outlet, nothing after ("... Box used
# in bid to avert spill - 3 hrs ago CTV."), where a scrape cut the feed at each web address's
# full stop ("News24." / "com Giant box to ... - 3 hrs ago Mirror.").
_FEED_AGE_END = re.compile(r" [-–—] \d{1,3} (?:mins?|minutes?|hrs?|hours?|days?) ago "
                           r"[A-Z][\w.&'’ ]{0,40}$")


def is_headline_feed(line: str) -> bool:
    """A line listing two or more headlines with their ages, or ending on one headline's age
    and outlet (26 lines of 20 pages in news-timelines, each a feed cut at a web address): a
    portal's page, not the piece.  Its headlines made "Giant Box" and "uk Box" people."""
    return len(_FEED_AGE.findall(line)) >= FEED_LEAST_ITEMS or \
        _FEED_AGE_END.search(line.rstrip()) is not None


def credit_prefix(line: str) -> int:
    """How many characters of a paragraph are a photo credit run into it (0 for none), or a
    line of credits with their captions in brackets (``credits_line``) before its text."""
    listed = credits_line(line)
    if listed:
        return listed + 1 if listed < len(line.rstrip()) else 0
    found = _CREDIT_PREFIX.match(line)
    return found.end() if found and found.end() < len(line) else 0


def credits_line(line: str) -> int:
    """How many characters of a line are a list of photo credits, each with its caption in
    brackets ("Photo credits: REUTERS/Name (A walrus ..., February 28, 2001) REUTERS/Name
    (...)"; 0 for none): furniture, whose captions' dates are no news."""
    found = _CREDITS_LINE.match(line)
    return found.end() if found else 0


_RUN_IN_CREDIT_MIN_WORDS = 4


def run_in_credit(line: str) -> int:
    """Where a photo credit set after its caption inside a paragraph ends (0 for none): "...
    the ferry leaves its berth Photograph: Ola Berg/AP The mayor said ..." (a scrape ran the
    caption, its credit and the news into one line).  The credit follows at least four words
    and no sentence's end (a caption has no full stop), so that what comes before it is the
    caption and what comes after it the news."""
    for found in re.finditer(r"(?<= )(?:Photograph|Photo|Picture|Credit)s?: ", line):
        before = line[: found.start()].rstrip()
        if words(before) < _RUN_IN_CREDIT_MIN_WORDS or before.endswith(
                (".", "!", "?", '"', "”", "’", ":")):
            continue
        taken = credit_prefix(line[found.start() :])
        if taken:
            return found.start() + taken
    return 0


# A BBC byline run into the lead: "By Richard Black Environment correspondent, BBC News The
# ...", "By Finlo Rohrer BBC News, Washington Everything so far ..." (21 first lines of
# news-timelines); the place after the outlet is read by ``_byline_place``.
_RUN_IN_BYLINE = re.compile(
    r"By [A-Z][\w'’-]+(?: [A-Z][\w'’-]+){1,2}(?: [A-Za-z]+){0,3},? "
    r"BBC (?:News|World Service|Radio \d)(?=[ ,])"
)
_PLACE_WORD = re.compile(r"[A-Z][\w'’.-]*")
BYLINE_PLACE_MAX_WORDS = 3


def _byline_place(line: str, at: int) -> int:
    """Where the place after a run-in byline ends (``at`` when there is none): comma-set
    groups of capitalised words, each group known to the gazetteer (its longest known
    prefix for the last, which the lead's first words follow): ", Washington Everything"
    ends after "Washington", ", Lisbon, Portugal The" after "Portugal"."""
    end = at
    while line.startswith(", ", end):
        words = []
        for word in line[end + 2 :].split(" ")[:BYLINE_PLACE_MAX_WORDS]:
            if not _PLACE_WORD.fullmatch(word.rstrip(",")):
                break
            words.append(word)
            if word.endswith(","):
                break
        known = 0
        for size in range(len(words), 0, -1):
            name = " ".join(words[:size]).rstrip(",")
            if geo.place_code(name) or geo.country_code(name):
                known = size
                break
        if not known:
            break
        end += 2 + len(" ".join(words[:known]).rstrip(","))
    return end


def run_in_byline(line: str) -> int:
    """How many characters of a line are a BBC byline run into its lead (0 for none)."""
    found = _RUN_IN_BYLINE.match(line)
    if found is None:
        return 0
    end = _byline_place(line, found.end())
    if not line.startswith(" ", end) or not line[end + 1 : end + 2].isupper():
        return 0
    return end + 1


# A page's bullet ("•") as some scrapes give it: read as a cent sign, then spelt out, "cents".
# It opens a line ("cents Ferry crews walk out ...", 40 Guardian standfirsts of news-timelines)
# or an item within one ("... at Lindau cents Harbour master says ...", "the main points so
# far: cents Reports say ..."); money in cents follows its number ("rose 20 cents Monday",
# "ten cents") and is left alone.
_BULLET = re.compile(r"(?:^|(?<=\s))cents +(?=\S)")
_BULLET_ITEM_OPENS = re.compile(r"[A-Z0-9\"'\u2018\u201c]")


def is_bullet(text: str) -> bool:
    """Whether ``text`` is a scrape's bullet alone ("cents"), the sentence ``bullet_items``
    makes of it: nothing runs on into it or out of it."""
    return text.strip() == "cents"


def bullet_items(line: str) -> list[tuple[int, int]]:
    """(where the bullet starts, where its item starts) for each bullet "cents" in ``line``:
    one opening the line, whatever follows, and one inside it before a capital, a digit or
    an opening quotation mark, after a word that is no number.  A standfirst's items have no
    full stop, so each ran into the next, and the last into the news."""
    found = []
    for match in _BULLET.finditer(line):
        at, item = match.start(), match.end()
        if at > 0:
            before = line[:at].split()
            word = before[-1].lower().strip(".,") if before else ""
            if not _BULLET_ITEM_OPENS.match(line[item]) or word in grammar.CARDINALS or \
                    word.replace(",", "").replace(".", "").isdigit() or word in ("a", "few"):
                continue
        found.append((at, item))
    return found


def lead_start(line: str) -> int:
    """Where the news of a wire story's first line begins, past the photo credit, time stamp,
    place, editor's note and dateline a scrape runs into it ("WASHINGTON | Wed Jun 16, 2010
    2:59 pm EDT WASHINGTON (Reuters) - BP Plc's chairman apologized ..." begins at "BP"); 0
    when it opens with none.  The summary cuts its sentences' openings here too."""
    at = run_in_byline(line)
    moved = True
    while moved:
        moved = False
        for pattern in _LEAD_FURNITURE:
            found = pattern.match(line, at)
            if found and found.end() < len(line):
                at, moved = found.end(), True
    return at


# A page's own stamp opening a paragraph of news, "Thursday, May 20, 2010; 4:41 PM BP said
# ...", "Wed Jun 16, 2010 2:56 pm EDT ...": a day, a date and a clock time, then a zone only
# from the zones pages write (an acronym after the time is the news's subject, "BP").
_OPENING_PAGE_STAMP = re.compile(
    r"(?:(?:Mon|Tue|Tues|Wed|Wednes|Thu|Thurs|Fri|Sat|Satur|Sun)(?:day)?,? )?"
    r"[A-Z][a-z]{2,8}\.? \d{1,2}, \d{4}(?:;|,)? \d{1,2}:\d{2}\s*[AaPp]\.?[Mm]\.?"
    # the zone is kept before an editor's note or the agency ("6:41 pm EDT (Corrects ...)",
    # "12:32 pm EDT (Reuters) -"): without it "EDT (Corrects ..." opened the news
    r"(?:(?: " + _ZONES + r") (?=[A-Z0-9“\"‘'(])| (?=[A-Z0-9“\"‘']))"
    # a blog's clock and date with no author before them, "17:44 UK time, Tuesday, 9 March
    # 2021 " (3 lines of news-timelines; with the author, "Ana Reyes | ...", ``lead_parts``)
    r"|\d{1,2}:\d{2} UK time, (?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day, \d{1,2} "
    r"(?:January|February|March|April|May|June|July|August|September|October|November|"
    r"December) \d{4} (?=[A-Z0-9“\"‘'])"
)


def opening_page_stamp(line: str) -> int:
    """How many characters of a line are a page's date and time stamp set before its news
    ("Thursday, May 20, 2010; 4:41 PM BP said Thursday ...", "17:44 UK time, Tuesday, 9 March
    2021 Harbour board chairman ..."; 0 for none): the parser ran the time into the news, and
    "4:41 PM BP" and "17:44 UK time" spoke.  With an editor's note or the agency after the
    stamp ("Thu May 27, 2010 6:41 pm EDT (Corrects ...) HOUSTON (Reuters) - Mud ..."), the
    news begins where the wire's furniture ends (``lead_start``)."""
    found = _OPENING_PAGE_STAMP.match(line)
    if not found or found.end() >= len(line):
        return 0
    if line[found.end()] == "(":  # an editor's note or the agency, then the wire's dateline
        news = lead_start(line)
        return news if found.end() < news < len(line) else 0
    return found.end()


def lead_only(text: str) -> bool:
    """Whether ``text`` is a wire lead's furniture and nothing else ("MIAMI (Reuters) -",
    "VENICE, La. | Mon May 31, 2010 11:12 pm IST VENICE, La. (Reuters) -"): a sentence the
    parser cut there reports nothing."""
    text = text.strip()
    return bool(text) and lead_start(text + " .") >= len(text)


# A subheading in capitals a scrape runs into its paragraph: "NEW CAP FOR LEAKING OIL WELL When
# engineers ...", "BP SHARES HIT NEW LOW The spill ...", "NEW CAP FOR LEAKING OIL WELL In June,
# ...": three or more words in capitals, then a capitalised word ("BP CEO Tony Hayward said"
# has two); a word of it may stand in quotation marks ('"LOOP CURRENT" COULD CARRY OIL
# Investors have ...', "NO SIGN OF 'DEAD ZONE' In June, ...", "'OIL COMING UP UNTIL AUGUST'
# After ...": the three such lines of news-timelines, whose subheadings had run into the news).
_CAPS_HEADING = re.compile(r"(?:[\"“‘']?[A-Z][A-Z0-9'’,&.-]*[\"”’]?\s+){3,}(?=[A-Z][a-z]+\b)")


def caps_heading_end(line: str) -> int:
    """Where the paragraph's text begins after a subheading in capitals run into it (0 for
    none)."""
    found = _CAPS_HEADING.match(line)
    return found.end() if found else 0


def caps_heading(text: str) -> bool:
    """Whether ``text`` is a subheading in capitals ("NEW CAP FOR LEAKING OIL WELL", "BP SHARES
    HIT NEW LOW"): three or more words and no letter in lower case.  It labels what follows;
    as a sentence of its own it reports nothing a summary or a key date should cite."""
    words_ = text.split()
    return len(words_) >= 3 and any(c.isalpha() for c in text) and not any(
        c.islower() for c in text)


_PIPE_PLACE = re.compile(r" " + _PIPE_PLACE_PATTERN)


def lead_parts(line: str) -> tuple[int | None, int]:
    """Where a scraped wire story's first line has its headline end and its news begin: "BP
    cuts dividend LONDON | Wed Jun 16, 2010 4:59 pm EDT LONDON (Reuters) - BP said ..." has
    the headline up to " LONDON |" and the news from "BP said"; (None, ``lead_start``) where
    no headline stands before the place."""
    pipe = _PIPE_PLACE.search(line)
    if pipe and lead_start(line) > pipe.start():
        pipe = None  # "June 10, 2010 - 5:41 PM | by: ...": a stamp the page opens on, no headline
    if pipe and len(line[: pipe.start()].split()) >= 3:
        rest = pipe.start() + 1
        return pipe.start(), rest + lead_start(line[rest:])
    return None, lead_start(line)


def lead_text(line: str) -> str:
    """A scraped wire story's first line as a reader would label it: the headline a scrape
    set before the place and time stamp ("BP cuts dividend and capex to pay for oil spill
    LONDON | Wed Jun 16, 2010 4:59 pm EDT ..."), else the line past its furniture."""
    headline_end, news = lead_parts(line)
    return line[:headline_end] if headline_end is not None else line[news:]


def wire_agency(line: str) -> str | None:
    """The agency of a wire dateline: "LONDON (Reuters) -" -> "Reuters"."""
    match = _WIRE.match(line.strip())
    return (match.group("agency") or match.group("abbr")) if match else None


def dateline_date(line: str) -> date | None:
    """The ISO date in a dateline opening a paragraph ("WASHINGTON, Aug. 27, 2019 —")."""
    match = _DATELINE.match(line.strip())
    if not match:
        return None
    return find_written_date(match.group("head"))


def is_dateline_start(line: str) -> bool:
    """Whether a line opens with a dateline (so it is body text, not a headline)."""
    return bool(_WIRE.match(line.strip()) or _DATELINE.match(line.strip()))
