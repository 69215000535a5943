#include "clean/boilerplate_rules.h"

#include <re2/re2.h>

#include <algorithm>
#include <iterator>

#include "clean/outlet.h"
#include "clean/rule_text.h"
#include "common/strings.h"

namespace vigie::clean {
namespace {

constexpr size_t kMaxShareBytes = 160;
constexpr size_t kMaxNoticeBytes = 2000;
constexpr int kMaxNoticeWords = 300;
constexpr int kMaxTagWords = 40;
constexpr int kMaxTagValueWords = 6;
constexpr int kMaxShortKindWords = 30;
constexpr int kMaxAppealWords = 60;

// Share, print and navigation words, folded. A line made only of these
// (and separators, counters) is a widget, not text.
constexpr std::string_view kShareWords[] = {
    "imprimer cet article",
    "imprimer l'article",
    "imprimer",
    "version imprimable",
    "version pdf",
    "envoyer a un ami",
    "envoyer par e-mail",
    "envoyer par email",
    "envoyer par mail",
    "envoyer cet article",
    "envoyer",
    "partager cet article",
    "partager sur facebook",
    "partager sur twitter",
    "partager sur linkedin",
    "partager sur whatsapp",
    "partager sur",
    "partager",
    "partages",
    "partage",
    "share this article",
    "share this",
    "share on facebook",
    "share on twitter",
    "share",
    "shares",
    "tweeter",
    "tweet",
    "facebook",
    "twitter",
    "linkedin",
    "whatsapp",
    "telegram",
    "pinterest",
    "reddit",
    "google+",
    "e-mail",
    "email",
    "mail",
    "courriel",
    "pdf",
    "print this",
    "print",
    "commenter",
    "j'aime",
    "like",
    "ajouter aux favoris",
    "favoris",
    "copier le lien",
    "lien copie",
    "taille du texte",
    "a+",
    "a-",
    "ecouter cet article",
    "ecouter",
    "retour en haut",
    "haut de page",
    "retour",
    "messenger",
    "sms",
    "bluesky",
    "mastodon",
    "flipboard",
    "pocket",
    "tumblr",
    "viber",
    "telecharger en pdf",
    "telecharger le pdf",
    "telecharger",
    "article precedent",
    "article suivant",
    "precedent",
    "suivant",
    "recommander",
    "vues",
    "views",
    "lecture zen",
    "offrir cet article",
    "sauvegarder",
    "enregistrer",
};

const std::vector<std::string_view>& ShareWordsLongestFirst() {
  static const std::vector<std::string_view>* words = [] {
    auto* v = new std::vector<std::string_view>(std::begin(kShareWords), std::end(kShareWords));
    std::stable_sort(v->begin(), v->end(),
                     [](std::string_view a, std::string_view b) { return a.size() > b.size(); });
    return v;
  }();
  return *words;
}

bool IsShareSeparator(char c) {
  return c == ' ' || c == '|' || c == '/' || c == ',' || c == ';' || c == ':' || c == '-' ||
         c == '(' || c == ')' || c == '[' || c == ']' || c == '>' || c == '*' ||
         (c >= '0' && c <= '9');
}

bool IsShareLine(const RuleText& t) {
  if (t.norm().size() > kMaxShareBytes) return false;
  std::string_view s = t.fold();
  int phrases = 0;
  size_t i = 0;
  while (i < s.size()) {
    if (IsShareSeparator(s[i])) {
      ++i;
      continue;
    }
    // Bullets and other non-ASCII separators: "•", "·".
    if (StartsWith(s.substr(i), "\xE2\x80\xA2") || StartsWith(s.substr(i), "\xC2\xB7")) {
      i += StartsWith(s.substr(i), "\xE2\x80\xA2") ? 3 : 2;
      continue;
    }
    bool matched = false;
    for (std::string_view w : ShareWordsLongestFirst()) {
      if (!StartsWith(s.substr(i), w)) continue;
      size_t end = i + w.size();
      if (end < s.size() && !IsShareSeparator(s[end]) &&
          static_cast<unsigned char>(s[end]) < 0x80) {
        continue;
      }
      i = end;
      ++phrases;
      matched = true;
      break;
    }
    if (!matched) return false;
  }
  return phrases > 0;
}

bool FoldIn(std::string_view fold, std::initializer_list<std::string_view> list) {
  return std::find(list.begin(), list.end(), fold) != list.end();
}

size_t Consume(const RuleText& t, const RE2& re) {
  re2::StringPiece in(t.fold());
  if (!RE2::Consume(&in, re)) return std::string::npos;
  return static_cast<size_t>(in.data() - t.fold().data());
}

std::vector<std::string> SplitTagValues(std::string_view values) {
  std::vector<std::string> tags;
  size_t start = 0;
  auto flush = [&](size_t end) {
    std::string_view v = TrimChars(values.substr(start, end - start), "#.;,");
    if (!v.empty()) tags.emplace_back(v);
  };
  for (size_t i = 0; i < values.size(); ++i) {
    char c = values[i];
    bool sep = c == ',' || c == ';' || c == '|';
    size_t width = 1;
    if (StartsWith(values.substr(i), "\xE2\x80\xA2")) sep = true, width = 3;
    if (StartsWith(values.substr(i), "\xC2\xB7")) sep = true, width = 2;
    if (!sep) continue;
    flush(i);
    start = i + width;
    i = start - 1;
  }
  flush(values.size());
  return tags;
}

// Labels of tag lines, folded.
constexpr std::string_view kTagLabels =
    "regions?|themes?|theme\\(s\\)|mots[- ]cles?|mots[- ]clefs?|mot[- ]cle|tags?|etiquettes?|"
    "categories?|rubriques?|sujets?|keywords|topics|filed under|classe dans|classe sous|"
    "publie dans|dossiers?|pays|"
    // German, Spanish, Portuguese, Italian, Polish.
    "themen|schlagworte?|schlagworter|stichworte?|stichworter|kategorien?|temas|etiquetas|"
    "categorias?|palabras clave|marcadores|argomenti|parole chiave|tagi|kategorie|"
    "slowa kluczowe";

// "Thème : A, B". Plain-text readers join consecutive lines, so one block
// may hold several tag lines ("Région : Europe Thème : Économie, Santé"):
// the values stop where the next label starts.
BoilerMatch ClassifyTagLine(const RuleText& t) {
  static const RE2 label("^(?:" + std::string(kTagLabels) + ")\\s*:\\s*");
  static const RE2 next_label("(\\s(?:" + std::string(kTagLabels) + ")\\s*:)");
  size_t p = Consume(t, label);
  if (p == std::string::npos) return {};
  if (t.words() > kMaxTagWords) return {};
  std::vector<std::string> tags;
  while (p != std::string::npos) {
    re2::StringPiece rest(std::string_view(t.fold()).substr(p));
    re2::StringPiece m;
    size_t end = t.fold().size();
    size_t next = std::string::npos;
    if (RE2::PartialMatch(rest, next_label, &m)) {
      end = static_cast<size_t>(m.data() - t.fold().data());
      next = end + m.size();
      while (next < t.fold().size() && t.fold()[next] == ' ') ++next;
    }
    std::string values = t.Slice(p, end);
    if (EndsSentence(values) && CountWords(values) > kMaxTagValueWords) return {};
    for (std::string& tag : SplitTagValues(values)) {
      if (CountWords(tag) > kMaxTagValueWords) return {};
      tags.push_back(std::move(tag));
    }
    p = next;
  }
  if (tags.empty()) return {BoilerKind::kTagLabel, {}};
  return {BoilerKind::kTagLine, std::move(tags)};
}

enum class NoticeStrength { kNone, kOpening, kInside };

NoticeStrength ClassifyNotice(const RuleText& t) {
  if (t.norm().size() > kMaxNoticeBytes || t.words() > kMaxNoticeWords) {
    return NoticeStrength::kNone;
  }
  static const RE2 opening(
      R"(^(?:vous pouvez (?:librement )?(?:reproduire|republier|partager|diffuser)|)"
      R"(la reproduction (?:(?:totale|partielle|integrale)(?: ou (?:totale|partielle))? )?)"
      R"((?:de (?:cet|cette|ce|nos|tout|la totalite|tous)|des (?:articles|textes|contenus)|)"
      R"(d'articles|du contenu|est)|toute reproduction|reproduction (?:interdite|autorisee)|)"
      R"(tous droits reserves|all rights reserved|droits reserves|les assertions et opinions|)"
      R"(les opinions exprimees|les propos tenus|les articles publies (?:sur|par)|)"
      R"(le contenu de ce site|les contenus de ce site|avis de non[- ]responsabilite|)"
      R"(clause de non[- ]responsabilite|avertissement\s*:|disclaimer|)"
      R"(les points de vue exprimes|les vues exprimees|the views expressed|)"
      R"(the opinions expressed|this article may be reproduced|permission is granted|)"
      R"((?:cet article|ce texte|le present article) (?:peut etre|est) (?:librement )?reprodui|)"
      R"(pour (?:publier|reproduire|republier) (?:les|des|nos) articles|)"
      R"((?:cet article|ce texte|ce contenu) est (?:publie|diffuse|mis a disposition) )"
      R"(sous licence|)"
      R"(this work is licensed|sous licence creative commons))");
  // Formulas that may sit inside the notice rather than open it. Inside a
  // block they are weaker evidence (a sentence about licences may quote
  // them), so such blocks are removed only at the edges of the page.
  static const RE2 anywhere(
      R"((?:ne peuvent en aucun cas etre imputee|)"
      // Post meta lines that blogs print under the article.
      R"(^(?:dieser|der) (?:beitrag|artikel|text|eintrag) wurde (?:am|von|in|unter)\b|)"
      R"(^this (?:entry|post|article) was (?:posted|published|written|filed)\b|)"
      R"(^cet (?:article|billet) a ete (?:publie|poste|ecrit)\b|)"
      R"(^esta entrada fue publicada\b|)"
      R"(n'engagent que (?:leur|leurs|le ou les|son|ses|l')|accorde la permission|permission de reproduire|se degage de toute responsabilite|)"
      R"(decline toute responsabilite|ne refletent pas necessairement|)"
      R"(do not necessarily reflect|protege par le droit d'auteur|materiel protege|)"
      R"(reproduction interdite|)"
      R"(reproduction (?:totale ou partielle|partielle ou totale|meme partielle) )"
      R"((?:est )?interdite|)"
      R"((?:^|[.|\d-]\s*)(?:tous droits reserves|all rights reserved)\s*(?:\.|$)))");
  if (RE2::PartialMatch(t.fold(), opening)) return NoticeStrength::kOpening;
  if (RE2::PartialMatch(t.fold(), anywhere)) return NoticeStrength::kInside;
  return NoticeStrength::kNone;
}

BoilerKind ClassifyShortKinds(const RuleText& t) {
  std::string_view f = t.fold();
  std::string trimmed(TrimChars(f, " :.-"));
  if (FoldIn(trimmed, {"document sans titre", "sans titre", "untitled document"})) {
    return BoilerKind::kUntitled;
  }
  if (IsBioHeader(t.norm())) return BoilerKind::kBioHeader;
  static const RE2 bio(R"(^(?:a propos(?: de l'auteur| de l'auteure| de l'autrice| des auteurs)?|)"
                       R"(l'auteur|l'auteure|l'autrice|about the authors?)\s*:\s*\S)");
  if (RE2::PartialMatch(f, bio)) return BoilerKind::kBio;
  if (t.words() > kMaxShortKindWords) return BoilerKind::kNone;
  static const RE2 contact(
      R"(^(?:(?:contactez[- ]nous|nous contacter|pour nous contacter|pour nous joindre|)"
      R"(media inquiries|media contact|press contact|contact presse|pressekontakt|)"
      R"(pour toute (?:question|)"
      R"(demande))\b|(?:contacts?|e-mail|email|courriel|tel\.?|telephone|kontakt|)"
      R"(ansprechpartner(?:in)?(?: zum thema| fur die presse)?|contacto|contatti)\s*(?::|$))|)"
      R"(^(?:mailto:)?[\w.+-]+@[\w-]+(?:\.[\w-]+)+\.?$)");
  if (RE2::PartialMatch(f, contact)) return BoilerKind::kContact;
  static const RE2 comments(
      R"(^(?:(?:laisser|laissez|ajouter|ecrire|poster|publier) un commentaire|)"
      R"(\d+ (?:commentaires?|reactions?|comments?|responses?|reponses?)\s*$|)"
      R"((?:commentaires?|reactions?|comments?)(?:\s*\(\d+\))?\s*:?\s*$|)"
      R"((?:reagir|reagissez)(?: a cet article)?\s*$|leave a (?:reply|comment)|)"
      R"(vous devez etre connecte|annuler la reponse\s*$|cancel reply\s*$|)"
      // German, Spanish, Portuguese, Italian, Polish, Dutch.
      R"((?:\d+ )?(?:kommentare?|comentarios?|commenti|komentarze?|reacties))"
      R"((?:\s*\(\d+\))?\s*:?\s*$|)"
      R"((?:einen )?kommentare? (?:schreiben|verfassen|hinterlassen)\s*$|)"
      R"((?:deja|dejar|deje) (?:un|tu|su) comentario|lascia un commento|dodaj komentarz|)"
      R"(deixe (?:um|seu) comentario))");
  if (RE2::PartialMatch(f, comments)) return BoilerKind::kComments;
  static const RE2 related(
      R"(^(?:(?:a )?lire aussi|(?:a )?lire egalement|voir aussi|voir egalement|)"
      R"(sur le meme sujet|du meme auteur|dans la meme rubrique|read also|see also|)"
      R"((?:(?:articles?|publications?) (?:similaires?|lies|liees|recents|recentes)|)"
      R"(derniers articles|les plus lus|related(?: articles| posts)?|read more|)"
      R"(vous aimerez aussi|vous pourriez aussi aimer|autres articles|a decouvrir|)"
      R"(a voir aussi|plus d'articles(?: et videos)?(?: sur le sujet)?|nos derniers articles|)"
      // English.
      R"(you (?:might|may) also like|you may be interested in|further reading|)"
      R"(recommended(?: for you| stories| articles| reading)?|most (?:read|popular|viewed)|)"
      R"((?:popular|recent|latest) (?:posts|stories|news|articles)|more (?:stories|news)|)"
      R"(related (?:stories|content|news|coverage|links|reading)|trending(?: now)?|)"
      R"(also read|read next|up next|what to read next|more on this(?: story| topic)?|)"
      R"(in case you missed it|editor'?s picks|)"
      // German.
      R"(weitere (?:informationen|infos|themen|artikel|beitrage|nachrichten|meldungen)|)"
      R"(weiterfuhrende (?:links|informationen|artikel)|mehr zu(?:m| diesem) thema|)"
      R"(das konnte (?:sie|dich) auch interessieren|(?:auch|ebenfalls) interessant|)"
      R"(schon gelesen\??|zum weiterlesen|lesen sie (?:auch|mehr)|auch lesenswert|)"
      R"(meistgelesen(?:e)?(?: artikel| beitrage| news)?|)"
      R"(aktuelle (?:meldungen|nachrichten|beitrage)|empfohlene (?:beitrage|artikel)|)"
      R"((?:ahnliche|verwandte|neueste|beliebte) (?:artikel|beitrage|themen|news)|)"
      R"(top-?themen|links zum thema|passend zum thema|)"
      // Spanish, Portuguese, Italian, Polish, Dutch.
      R"((?:noticias|articulos|notas) relacionad[ao]s|(?:tambien )?te (?:puede|podria) interesar|)"
      R"(le (?:puede|podria) interesar|lea tambien|lee tambien|mas noticias|)"
      R"(lo mas (?:leido|visto)|ultimas noticias|contexto de la noticia|)"
      R"(leia tambem|veja tambem|mais lidas|voce (?:pode|tambem pode) gostar|)"
      R"(articoli correlati|leggi anche|(?:ti )?potrebbe(?:ro)? interessarti|i piu letti|)"
      R"((?:czytaj|zobacz|przeczytaj) (?:takze|tez|rowniez)|polecane(?: artykuly)?|)"
      R"(najczesciej czytane|lees ook|gerelateerde artikelen|meer nieuws|)"
      R"((?:das )?(?:thema )?(?:konnte|durfte) (?:sie|dich|euch) (?:auch )?interessieren|)"
      R"(weitere beitrage (?:aus|zu|von)(?: der| dem| den)? \w+|weiterfuhrender link|)"
      R"(lust auf mehr\??|mehr zu \w+(?: und \w+)?|empfehlungen aus (?:der|dem) \w+|)"
      R"(articles les plus lus|articles recommandes|)"
      R"(articulos relacionados(?: \w+){0,3})\s*[:!]?\s*$))");
  if (RE2::PartialMatch(f, related)) return BoilerKind::kRelated;
  static const RE2 photo(
      R"(^(?:credits? photos?|photos?|credits?|illustrations?|images?|credit image|)"
      R"(photo credit|image credit|titelbild|bildquelle|fotos?|bild|foto ?credit)\s*:\s*\S)");
  if (t.words() <= 15 && RE2::PartialMatch(f, photo)) return BoilerKind::kPhotoCredit;
  // A picture agency's line alone: "Augusta National/Getty Images",
  // "iStock.com", "picture alliance / dpa". News agencies alone ("AFP") are
  // credits, not this.
  static const RE2 picture_agency(
      R"(^(?:[\w .'&-]{1,60}\s*/\s*)?(?:getty images|istock(?:photo)?(?:\.com)?|)"
      R"(shutterstock(?:\.com)?|imago(?: images)?|picture[- ]alliance|adobe stock|)"
      R"(stock\.adobe\.com|unsplash|pixabay)(?:\s*/\s*[\w .'&-]{1,60})?\.?$)");
  if (t.words() <= 10 && RE2::PartialMatch(f, picture_agency)) return BoilerKind::kPhotoCredit;
  // Labels that stand alone above an advertisement or a picture credit.
  if (FoldIn(trimmed, {"advertisement", "anzeige", "werbung", "publicite", "publicidad",
                       "pubblicita", "reklama", "credit", "credits"}))
    return BoilerKind::kPhotoCredit;
  static const RE2 breadcrumb(R"(^(?:(?:accueil|home)\s*(?:>|»|›|/|\|)|vous etes ici\s*:))");
  if (RE2::PartialMatch(f, breadcrumb)) return BoilerKind::kBreadcrumb;
  return BoilerKind::kNone;
}

bool IsAppeal(const RuleText& t) {
  if (t.words() > kMaxAppealWords || EndsWith(Trim(t.norm()), "?")) return false;
  static const RE2 appeal(
      R"(^(?:abonnez[- ]vous|inscrivez[- ]vous|recevez (?:notre|nos|gratuitement)|)"
      R"(faites un don|faire un don|soutenez|soutenir (?:notre|le|ce) (?:site|journal|media|)"
      R"(travail)|devenez (?:membre|abonne)|newsletter|lettre d'information|subscribe|)"
      R"(donate|support us|rejoignez[- ]nous|suivez[- ]nous|follow us|pour recevoir|)"
      R"(cliquez ici|click here|inscription a la newsletter|ne manquez (?:rien|aucun)|)"
      R"(vous avez aime cet article|vous aimez nos articles|aidez[- ]nous|)"
      R"(participez au financement|)"
      R"(jetzt abonnieren|newsletter abonnieren|folgen sie uns|unterstutzen sie (?:uns|unsere)|)"
      R"(suscribete|siguenos|hazte (?:miembro|socio)|unete a|iscriviti|seguici|)"
      R"(zapisz sie|obserwuj nas|download (?:our|the) app|follow (?:the|our) ))");
  return RE2::PartialMatch(t.fold(), appeal);
}

}  // namespace

BoilerMatch ClassifyBoilerplate(std::string_view text) {
  if (text.size() > kMaxNoticeBytes) return {};
  return ClassifyBoilerplate(RuleText(text));
}

BoilerMatch ClassifyBoilerplate(const RuleText& t) {
  if (t.norm().size() > kMaxNoticeBytes || t.words() == 0) return {};
  if (IsShareLine(t)) return {BoilerKind::kShare, {}};
  if (BoilerMatch tag = ClassifyTagLine(t); tag.kind != BoilerKind::kNone) return tag;
  std::optional<std::string> holder;
  if (ParseCopyrightLine(t, &holder)) return {BoilerKind::kCopyright, {}};
  if (BoilerKind k = ClassifyShortKinds(t); k != BoilerKind::kNone) return {k, {}};
  switch (ClassifyNotice(t)) {
    case NoticeStrength::kOpening:
      return {BoilerKind::kNotice, {}};
    case NoticeStrength::kInside:
      return {BoilerKind::kNotice, {}, /*edge_only=*/true};
    case NoticeStrength::kNone:
      break;
  }
  if (IsAppeal(t)) return {BoilerKind::kAppeal, {}, /*edge_only=*/true};
  return {};
}

bool IsStrongBoilerplate(const BoilerMatch& match) {
  return match.kind != BoilerKind::kNone && !match.edge_only;
}

bool ParseTopicList(std::string_view text, std::vector<std::string>* tags) {
  if (text.size() > 200 || EndsSentence(text)) return false;
  std::string norm = NormalizeRuleText(text);
  std::vector<std::string> items;
  bool pipes = norm.find('|') != std::string::npos ||
               norm.find("\xE2\x80\xA2") != std::string::npos ||
               norm.find("\xC2\xB7") != std::string::npos;
  if (pipes || norm.find(',') != std::string::npos) {
    items = SplitTagValues(norm);
  } else if (StartsWith(norm, "#")) {
    for (size_t p = 0; p < norm.size();) {
      size_t end = norm.find(' ', p);
      if (end == std::string::npos) end = norm.size();
      if (norm[p] != '#') return false;
      items.emplace_back(TrimChars(std::string_view(norm).substr(p, end - p), "#,"));
      p = end + 1;
    }
  }
  size_t min_items = pipes || StartsWith(norm, "#") ? 2 : 3;
  if (items.size() < min_items) return false;
  // Items are topic words: no sentence punctuation, brackets, or numbers
  // standing alone ("Dupont, Lea 1993" is a results table, not tags).
  static const RE2 number(R"((?:^|\s)\d+(?:\s|$))");
  for (const std::string& item : items) {
    if (CountWords(item) > 4 || !StartsWithUpper(item) ||
        item.find_first_of(".!?:()[]") != std::string::npos || RE2::PartialMatch(item, number)) {
      return false;
    }
  }
  tags->insert(tags->end(), items.begin(), items.end());
  return true;
}

bool IsTagValue(std::string_view text) {
  return text.size() <= 60 && CountWords(text) <= 4 && !EndsSentence(text);
}

bool IsFootnoteLike(std::string_view text) {
  static const RE2 marker(
      R"(^\s*(?:\[\^?\d{1,3}\]|\(\d{1,3}\)\s|\d{1,3}[.)]\s+\S|\^\d{1,3}|\*{1,3}\s|)"
      R"([¹²³⁴⁵⁶⁷⁸⁹⁰]+\s))");
  if (RE2::PartialMatch(text, marker)) return true;
  if (text.size() > 60) return false;
  std::string fold(TrimChars(FoldText(NormalizeRuleText(text)), " :"));
  return FoldIn(fold, {"note", "notes", "references", "bibliographie", "notes et references",
                       "sources et notes", "footnotes", "renvois"});
}

bool IsBioHeader(std::string_view text) {
  if (text.size() > 60) return false;
  std::string fold(TrimChars(FoldText(NormalizeRuleText(text)), " :.-"));
  return FoldIn(
      fold, {"a propos", "a propos de l'auteur", "a propos de l'auteure", "a propos de l'autrice",
             "a propos des auteurs", "l'auteur", "l'auteure", "l'autrice", "les auteurs",
             "sur l'auteur", "about the author", "about the authors", "biographie",
             "qui est l'auteur", "notice biographique", "bio", "uber den autor",
             "uber die autorin", "uber die autoren", "zum autor", "zur autorin",
             "sobre el autor", "sobre la autora", "sull'autore", "o autorze"});
}

}  // namespace vigie::clean
