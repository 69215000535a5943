// Line classifiers for the furniture pages wrap around an article: share
// and print links, tag lines, reproduction notices, disclaimers, copyright,
// author-bio headers, contact lines, appeals for money or subscribers,
// comment-section headers, related-article links, breadcrumbs.
//
// Each classifier looks at one block alone and answers from its shape: a
// line made only of share words, a line opening with a notice formula...
// Where a block sits (before, inside or after the article) is the text
// rules' business (text_rules.cc); the kinds here say how strong the
// evidence is: "strong" kinds are removed wherever they occur, the others
// only at the edges of the page.
#ifndef VIGIE_CLEAN_BOILERPLATE_RULES_H_
#define VIGIE_CLEAN_BOILERPLATE_RULES_H_

#include <string>
#include <string_view>
#include <vector>

#include "clean/rule_text.h"

namespace vigie::clean {

enum class BoilerKind {
  kNone,
  kShare,        // "Imprimer", "Partager | Tweet | Facebook", "Version imprimable"
  kUntitled,     // "Document sans titre"
  kTagLine,      // "Thème : Géopolitique, Guerre" (values in tags)
  kTagLabel,     // "Mots-clés :" alone; values on the following lines
  kNotice,       // reproduction, permission and disclaimer notices
  kCopyright,    // "Copyright © ...", "© 2016 ..."
  kBioHeader,    // "À propos de l'auteur", "A propos :" alone
  kBio,          // "A propos : Jean Dupont est ..." (header and bio in one)
  kContact,      // "Contact : ...", an e-mail address alone
  kAppeal,       // "Abonnez-vous", "Faites un don", "Soutenez ..."
  kComments,     // "Laisser un commentaire", "12 commentaires"
  kRelated,      // "Lire aussi : ...", "Sur le même sujet"
  kBreadcrumb,   // "Accueil > Monde > Europe"
  kPhotoCredit,  // "Crédit photo : Jean Dupont/AFP", "Illustration : X"
};

struct BoilerMatch {
  BoilerKind kind = BoilerKind::kNone;
  std::vector<std::string> tags;  // kTagLine values
  // Weak evidence: remove only at the edges of the page (appeals, notices
  // recognised by a formula inside the block rather than at its start).
  bool edge_only = false;
};

// Classifies one block's text.
BoilerMatch ClassifyBoilerplate(std::string_view text);
BoilerMatch ClassifyBoilerplate(const RuleText& text);

// True for matches removed wherever they occur; the others only at the
// edges of the page.
bool IsStrongBoilerplate(const BoilerMatch& match);

// A line that is only a list of topic words: "Syrie, Russie, OTAN",
// "Politique | Europe | Élections", "#Syrie #Alep". Values to `*tags`.
bool ParseTopicList(std::string_view text, std::vector<std::string>* tags);

// A short value on its own line after a tag label ("Mots-clés :").
bool IsTagValue(std::string_view text);

// A footnote or reference of the article: "[1] Voir le rapport...", "1.
// Ibid.", "(2) ...", "^3 ...", "Notes", "Références".
bool IsFootnoteLike(std::string_view text);

// "À propos de l'auteur" style headers also as a heading block.
bool IsBioHeader(std::string_view text);

}  // namespace vigie::clean

#endif  // VIGIE_CLEAN_BOILERPLATE_RULES_H_
