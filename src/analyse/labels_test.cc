#include "analyse/labels.h"

#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "analyse/lexicon_test_util.h"
#include "common/utf8.h"

namespace vigie::analyse {
namespace {

using testing::Analyse;
using testing::LoadedLexicon;

// "text|term|target|stance" per label, in order.
std::vector<std::string> Labels(const LoadedLexicon& l, const std::string& text,
                                const std::string& language = "fr",
                                const std::vector<Quote>& quotes = {}) {
  std::vector<std::string> out;
  for (const FoundLabel& f : Analyse(l, text, language, quotes).labels) {
    out.push_back(f.label.text + "|" + f.label.term + "|" + f.label.target + "|" +
                  f.label.stance);
  }
  return out;
}

struct Case {
  const char* text;
  std::vector<std::string> labels;
};

// Sentences written for these tests (not from the gold set), run with the
// data directory's lexicons.
TEST(LabelFinderTest, FrenchNamings) {
  const Case cases[] = {
      // The Taliban's fighters, in a paragraph about the Islamic State: the
      // people named after the word decides.
      {"Pendant la guerre, le groupe Etat islamique a revendiqué l'attentat. Des combattants talibans ont bouclé l'aéroport.",
       {"combattants|combattant|armed_opposition|neutral"}},
      // A word of both targets left to its default ("la barbarie
      // terroriste", before any name) does not stop the group named after
      // it; one beside a rebel group's name does.
      {"Pendant la guerre, la barbarie terroriste frappe encore. Un kamikaze de la secte Boko Haram a tué sept civils "
       "au marché. Les terroristes s'en prennent lâchement aux plus faibles.",
       {"terroriste|terroriste|armed_opposition|pejorative", "terroristes|terroriste|jihadist_groups|pejorative"}},
      {"Pendant la guerre, l'organisation terroriste PKK a tiré sur Akçakale. Voilà ceux que l'Occident présente "
       "comme ses alliés contre Daech. Les terroristes tentent d'établir un corridor.",
       {"terroriste|terroriste|armed_opposition|pejorative", "terroristes|terroriste|armed_opposition|pejorative"}},
      {"Les rebelles ont bombardé le quartier, tenu par les forces gouvernementales.",
       {"rebelles|rebelle|armed_opposition|neutral",
        "forces gouvernementales|forces gouvernementales|government_forces|neutral"}},
      // Plurals generated from the singular entry; adjectival uses count.
      {"Des frappes ont visé les positions rebelles et des groupes armés près de Hama.",
       {"rebelles|rebelle|armed_opposition|neutral", "groupes armés|groupe armé|armed_opposition|neutral"}},
      // The Israel–Gaza parties: Hamas and the other Palestinian armed groups are
      // the armed opposition, as the Houthis.
      {"À Gaza, les terroristes du Hamas et des combattants palestiniens ont tiré des roquettes.",
       {"terroristes|terroriste|armed_opposition|pejorative", "combattants|combattant|armed_opposition|neutral"}},
      // The longest naming wins, with its modifier.
      {"Les terroristes modérés ont tiré des obus sur la ville.",
       {"terroristes modérés|terroriste modéré|armed_opposition|pejorative"}},
      // "groupes armés terroristes" is one naming, not a neutral one and a pejorative one.
      {"L'attaque a été perpétrée par des groupes armés terroristes venus du nord.",
       {"groupes armés terroristes|groupe armé terroriste|armed_opposition|pejorative"}},
      // "jihadistes" in a text with an opinion are still the jihadists; only a
      // pro-government text's are the opposition.
      {"Pendant la guerre, les jihadistes ont massacré des centaines de civils ; les bourreaux de Damas, eux, en "
       "ont tué des milliers.",
       {"jihadistes|jihadiste|jihadist_groups|neutral",
        "bourreaux de Damas|bourreau|government_forces|pejorative"}},
      // Insurgents who pledged allegiance to a jihadist group designate it, and leave the
      // paragraph's later namings to it.
      {"Les insurgés ont prêté allégeance à l'Etat islamique en 2019 pendant la guerre. Maputo parle de « "
       "terroristes » et les combattants frappent toujours.",
       {"insurgés|insurgé|armed_opposition|neutral", "terroristes|terroriste|jihadist_groups|pejorative",
        "combattants|combattant|jihadist_groups|neutral"}},
      // A coalition's adjective joins the span ("coalition régionale", "saoudo-américaine").
      {"Les avions de la coalition saoudo-américaine ont bombardé Sanaa pendant la guerre.",
       {"coalition saoudo-américaine|coalition|foreign_forces|neutral"}},
      // Cabo Delgado presumes jihadists for its cut-throats too.
      {"Pendant la guerre, Maputo a laissé la province de Cabo Delgado aux coupeurs de têtes.",
       {"coupeurs de têtes|coupeur de têtes|jihadist_groups|pejorative"}},
      // Iraq presumes jihadists; a paragraph that names another armed group is about it.
      {"Les forces armées irakiennes ont éliminé sept terroristes dans le nord de l'Irak.",
       {"terroristes|terroriste|jihadist_groups|pejorative"}},
      {"Les forces armées turques ont éliminé sept terroristes dans le nord de l'Irak, a annoncé le ministère. "
       "L'opération vise les repaires du PKK.",
       {"terroristes|terroriste|armed_opposition|pejorative"}},
      // Doubt modifiers and scare quotes join the span and make it pejorative.
      {"Les soi-disant rebelles modérés ont tiré des obus.",
       {"soi-disant rebelles modérés|rebelle modéré|armed_opposition|pejorative"}},
      {"Les obus des « révolutionnaires » pleuvent sur la ville.",
       {"« révolutionnaires »|révolutionnaire|armed_opposition|pejorative"}},
      // A pejorative word in quotation marks is quoted, not doubted.
      {"Damas dit viser des « terroristes » lors des frappes.",
       {"terroristes|terroriste|armed_opposition|pejorative"}},
      // An invasion, chemical weapons, a massacre are words of war.
      {"Paris a soutenu la dictature de Bagdad contre les rebelles kurdes. Des milliers de Kurdes sont morts sous "
       "le gaz moutarde.",
       {"dictature de Bagdad|dictature|government_forces|pejorative", "rebelles|rebelle|armed_opposition|neutral"}},
      // Government namings take their identifying complement, and the
      // adjective of the regime's politics.
      {"Les frappes du régime de Bachar al-Assad ont repris.",
       {"régime de Bachar al-Assad|régime|government_forces|pejorative"}},
      {"La guerre contre le régime sandiniste a fait des milliers de morts.",
       {"régime sandiniste|régime|government_forces|pejorative"}},
      // A prefix that keeps the naming, the whole word its span; not another.
      {"Pendant la guerre, les narco-terroristes ont attaqué une base et les unités anti-terroristes ont riposté.",
       {"narco-terroristes|terroriste|armed_opposition|pejorative"}},
      // An evaluative adjective joins the span.
      {"Le régime fasciste de Duterte a bombardé les villages pendant la guerre.",
       {"régime fasciste de Duterte|régime|government_forces|pejorative"}},
      {"Les frappes du régime syrien ont repris.",
       {"régime syrien|régime|government_forces|pejorative"}},
      // A state's own agency in the dateline speaks for the government:
      // the "mercenaires" it counts are the armed opposition; without it,
      // the word names foreign fighters.
      {"Port-Soudan (SUNA) – Pendant la guerre, plus de 120 mercenaires ont été tués à Babanusa.",
       {"mercenaires|mercenaire|armed_opposition|pejorative"}},
      {"Port-Soudan – Pendant la guerre, plus de 120 mercenaires ont été tués à Babanusa.",
       {"mercenaires|mercenaire|foreign_forces|pejorative"}},
      // Nor does a text that reports the agency, with no dateline.
      {"SUNA a annoncé que pendant la guerre plus de 120 mercenaires ont été tués à Babanusa.",
       {"mercenaires|mercenaire|foreign_forces|pejorative"}},
      // So do an ideology's ("marxiste", "franquiste") and an ousted
      // government's ("déchu"); "terroriste" after a government's naming
      // is its adjective, no label of its own.
      {"Pendant la guerre, le régime tribaliste de Kinshasa et la junte terroriste ont bombardé les villages.",
       {"régime tribaliste de Kinshasa|régime|government_forces|pejorative",
        "junte terroriste|junte|government_forces|pejorative"}},
      {"Pendant la guerre, le régime marxiste de Luanda a bombardé les villages tenus par la rébellion.",
       {"régime marxiste de Luanda|régime|government_forces|pejorative", "rébellion|rébellion|armed_opposition|neutral"}},
      // A naming used as an adjective before the complement is the
      // government naming's, not a label of its own.
      {"Le régime islamiste de Sarajevo rêvait d'une intervention occidentale pendant la guerre.",
       {"régime islamiste de Sarajevo|régime|government_forces|pejorative"}},
      {"MALI : LA JUNTE SUSPEND LES PARTIS APRÈS LES COMBATS",  // a headline is no name
       {"JUNTE|junte|government_forces|pejorative"}},
      {"Les forces du régime ont bombardé la ville.",
       {"forces du régime|forces du régime|government_forces|pejorative"}},
      // A jihadist group's name decides the target.
      {"Les combattants de l'EI ont attaqué un poste de l'armée irakienne.",
       {"combattants|combattant|jihadist_groups|neutral",
        "armée irakienne|armée irakienne|government_forces|neutral"}},
      {"Les terroristes du groupe Etat islamique ont lancé un assaut.",
       {"terroristes|terroriste|jihadist_groups|pejorative"}},
      // "Ces égorgeurs", after a sentence naming the group.
      {"Le Front al-Nosra a revendiqué l'attaque. Ces égorgeurs ont tué onze soldats.",
       {"égorgeurs|égorgeur|jihadist_groups|pejorative"}},
      {"Des égorgeurs ont tué onze soldats.", {"égorgeurs|égorgeur|armed_opposition|pejorative"}},
      // Coordinated with rebels, "jihadistes" are the jihadist groups.
      {"La ville est tenue par des groupes rebelles et jihadistes.",
       {"groupes rebelles|groupe rebelle|armed_opposition|neutral",
        "jihadistes|jihadiste|jihadist_groups|neutral"}},
      {"La coalition internationale a mené des frappes près de Raqqa.",
       {"coalition internationale|coalition|foreign_forces|neutral"}},
      // Past an affiliation; after a naming of jihadists in the sentence.
      {"Des hommes armés se réclamant du groupe Etat islamique ont attaqué un poste près de Tahoua.",
       {"hommes armés|homme armé|jihadist_groups|neutral"}},
      {"L'armée a mené une opération contre des jihadistes liés à Al-Qaïda et affirme avoir tué "
       "une trentaine de terroristes.",
       {"jihadistes|jihadiste|jihadist_groups|neutral", "terroristes|terroriste|jihadist_groups|pejorative"}},
      // A paragraph that names a jihadist group, or a theatre where the
      // armed party is jihadist, and no armed opposition before: its
      // ambiguous namings are the jihadists.
      {"JNIM a revendiqué le blocus de Bamako. Les terroristes ont incendié une centaine de camions lors des "
       "combats.",
       {"terroristes|terroriste|jihadist_groups|pejorative"}},
      {"Neuf ans de guerre au Sahel, et les terroristes frappent toujours plus fort.",
       {"terroristes|terroriste|jihadist_groups|pejorative"}},
      {"Au Sahel, les rebelles touareg tiennent Kidal ; les terroristes frappent plus au sud depuis la guerre.",
       {"rebelles|rebelle|armed_opposition|neutral", "terroristes|terroriste|armed_opposition|pejorative"}},
      // The predicate of an inverted question is asked about, not used.
      {"Moscou bombarde Kafranbel pendant la guerre. Les enfants de Kafranbel étaient-ils des terroristes ?", {}},
      // A single attacker is no armed actor's naming.
      {"Le terroriste de Nice se réclamait de l'Etat islamique pendant la guerre.", {}},
      // Kurdish fighters are outside the four targets.
      {"Un attentat a visé des combattants kurdes près de Manbij lors des combats.", {}},
      // Fighters of both sides counted together are no side's naming; the
      // breakdown's are.
      {"Au moins 43 combattants, dont 32 insurgés, ont été tués pendant la guerre.",
       {"insurgés|insurgé|armed_opposition|neutral"}},
      // A negated verb's complement is used, not denied.
      {"Moscou assure que la résolution ne s'applique pas aux groupes terroristes de la guerre.",
       {"groupes terroristes|groupe terroriste|armed_opposition|pejorative"}},
      {"Moscou assure que la résolution ne s'applique pas à des groupes terroristes de la guerre.",
       {"groupes terroristes|groupe terroriste|armed_opposition|pejorative"}},
      // A coalition of armed groups is no foreign coalition.
      {"Le groupe 3R, l'un des groupes armés de la coalition, affronte l'armée pendant la guerre.",
       {"groupes armés|groupe armé|armed_opposition|neutral"}},
      // A possessive's owner named just before decides the target, not a
      // jihadist group named earlier in the paragraph.
      {"L'Etat islamique a frappé Kaboul pendant la guerre. Le Front de résistance a reculé ; ses combattants "
       "tendent des embuscades.",
       {"combattants|combattant|armed_opposition|neutral"}},
      {"L'Etat islamique a revendiqué l'attaque pendant la guerre, affirmant que ses combattants tiennent la ville.",
       {"combattants|combattant|jihadist_groups|neutral"}},
      // Nor does a sentence's first word, capitalised as any is.
      {"L'Etat islamique a revendiqué l'attaque pendant la guerre. Les attentats ont tué 130 personnes. Plusieurs de "
       "ses combattants venaient de Syrie.",
       {"combattants|combattant|jihadist_groups|neutral"}},
      // A group named after "des", a qualifying adjective: in the span.
      {"Le régime des talibans exécute des villageois pendant la guerre.",
       {"régime des talibans|régime|government_forces|pejorative"}},
      {"La junte a bombardé une école : le régime militaire multiplie les frappes.",
       {"junte|junte|government_forces|pejorative", "régime militaire|régime|government_forces|pejorative"}},
      {"Le régime des mollahs et le régime taliban exécutent des opposants pendant la guerre.",
       {"régime des mollahs|régime|government_forces|pejorative",
        "régime taliban|régime|government_forces|pejorative"}},
      {"Entre un régime détestable et le chaos de la guerre, il faut choisir.",
       {"régime détestable|régime|government_forces|pejorative"}},
      // The Islamic State's affiliates in Asia are jihadist groups.
      {"Plus de 900 combattants des groupes Maute et Abou Sayyaf ont été tués pendant la guerre.",
       {"combattants|combattant|jihadist_groups|neutral"}},
      // Soldiers of France in a paragraph about its forces abroad.
      {"Dix militaires français sont morts en Afghanistan pendant la guerre. Nos soldats y combattent encore.",
       {"Nos soldats|nos soldats|foreign_forces|sympathetic"}},
      {"Ces armes serviront un jour contre nos soldats au Mali, pendant la guerre.",
       {"nos soldats|nos soldats|foreign_forces|sympathetic"}},
      {"Le Burundi assume son engagement au Congo pendant la guerre. Nos soldats y sont à la demande de Kinshasa.",
       {"Nos soldats|nos soldats|foreign_forces|sympathetic"}},
      // A state's armed forces by their proper name are no lexicon naming.
      {"Les forces armées ukrainiennes ont frappé le centre de Gorlovka pendant la guerre.", {}},
      // The author's side decides "défenseurs d'Alep".
      {"Gloire aux défenseurs d'Alep, qui ont tenu face aux bandits armés par l'étranger sous les obus.",
       {"défenseurs d'Alep|défenseur|government_forces|sympathetic",
        "bandits|bandit|armed_opposition|pejorative"}},
      // "mercenaires": a foreign power's, unless a pro-government text calls
      // the opposition so (the word itself is no evidence of the side).
      {"Pendant la guerre, le CNT accuse Kadhafi d'employer des mercenaires venus du Tchad.",
       {"mercenaires|mercenaire|foreign_forces|pejorative"}},
      {"Les bandes armées ont pilonné Alep pendant la guerre. Leurs mercenaires ont fui vers la frontière.",
       {"bandes armées|bande armée|armed_opposition|pejorative", "mercenaires|mercenaire|armed_opposition|pejorative"}},
      {"Pendant la guerre, les mercenaires qui combattent aux côtés des bandes armées ont tiré sur Alep.",
       {"mercenaires|mercenaire|armed_opposition|pejorative", "bandes armées|bande armée|armed_opposition|pejorative"}},
      // Scare quotes tell the side as an insult does: « rebelles » is a
      // pro-government text's, where "groupes jihadistes" are the opposition.
      {"Pendant la guerre, les « rebelles » ont pilonné Damas. Les groupes jihadistes tiennent la Ghouta.",
       {"« rebelles »|rebelle|armed_opposition|pejorative",
        "groupes jihadistes|groupe jihadiste|armed_opposition|pejorative"}},
      // An opposition naming whose complement is a jihadist group's name
      // ("insurgé" has no jihadist row) does not stop the group's later
      // namings from designating it.
      {"Les insurgés de Boko Haram ont attaqué Gajiram, tuant 37 personnes. Les islamistes ont incendié des maisons.",
       {"insurgés|insurgé|armed_opposition|neutral", "islamistes|islamiste|jihadist_groups|pejorative"}},
      // A family's régime: "des" and the name join the span.
      {"Pendant la guerre, un demi-siècle de crimes du régime des Assad ne s'efface pas.",
       {"régime des Assad|régime|government_forces|pejorative"}},
      // A French paper's soldiers where they serve, in the same sentence.
      {"Pendant neuf ans, au Sahel, nos soldats ont tenu la ligne face aux djihadistes.",
       {"nos soldats|nos soldats|foreign_forces|sympathetic", "djihadistes|djihadiste|jihadist_groups|neutral"}},
      // A foreign force's mercenaries are the local fighters it uses; a
      // government's are foreigners.
      {"Pendant la guerre, l'occupant turc et ses mercenaires ont pillé les oliveraies d'Afrin.",
       {"occupant|occupant|foreign_forces|pejorative", "mercenaires|mercenaire|armed_opposition|pejorative"}},
      {"Pendant la guerre, la junte et ses mercenaires russes ont tué 500 civils à Moura.",
       {"junte|junte|government_forces|pejorative", "mercenaires|mercenaire|foreign_forces|pejorative"}},
      // Resistance as a people's, or as days of it: no armed party.
      {"Pendant la guerre, l'occupant turc bombarde Afrine, dix-neuvième jour de résistance.",
       {"occupant|occupant|foreign_forces|pejorative"}},
      {"Pendant la guerre, l'occupant ne rencontrera que la résistance de tout un peuple.",
       {"occupant|occupant|foreign_forces|pejorative"}},
      {"Pendant la guerre, l'occupant a reculé devant la résistance.",
       {"occupant|occupant|foreign_forces|pejorative", "résistance|résistance|armed_opposition|sympathetic"}},
      // France's forces named anywhere in the paragraph, after the soldiers
      // too; an armed group named between does not stop them (it may stop
      // a naming of armed groups only).
      {"Le 18 août, dix de nos soldats sont morts pendant la guerre. Les forces françaises ont été envoyées au feu "
       "sans hélicoptères.",
       {"nos soldats|nos soldats|foreign_forces|sympathetic", "forces françaises|forces françaises|foreign_forces|neutral"}},
      {"Les forces françaises ont quitté la Kapisa pendant la guerre ; les égorgeurs l'ont reprise. Nos soldats "
       "méritaient mieux.",
       {"forces françaises|forces françaises|foreign_forces|neutral", "égorgeurs|égorgeur|armed_opposition|pejorative",
        "Nos soldats|nos soldats|foreign_forces|sympathetic"}},
      // An author who insults foreign forces is not theirs: the soldiers
      // are the country's where the war is.
      {"Pendant la guerre, les impérialistes ne sont pas venus nous protéger au Mali. Aujourd'hui, nos soldats se "
       "battent seuls.",
       {"impérialistes|impérialiste|foreign_forces|pejorative", "nos soldats|nos soldats|government_forces|sympathetic"}},
  };
  for (const Case& c : cases) {
    EXPECT_EQ(Labels(LoadedLexicon::Data(), c.text), c.labels) << c.text;
  }
}

TEST(LabelFinderTest, FrenchDistractorsDoNotFire) {
  const char* cases[] = {
      "Le régime fiscal des entreprises change au 1er janvier.",
      // Old newspapers: a gerund, an adjective after "unités", a legal
      // charge, a legal regime.
      "Pendant la guerre, nous avons progressé en occupant l'excavation.",
      "Pendant la guerre, la mobilité des unités combattantes était telle que le ravitaillement suivait mal.",
      "Pendant la guerre, il a été jugé pour rébellion et outrages aux agents.",
      // A fighting spirit, a fighter for a cause.
      "Après la victoire, l'entraîneur a salué l'esprit combattant de ses joueurs, comme pendant la guerre.",
      "Pendant la guerre, sa mère fut une combattante de la cause des familles de disparus.",
      // Fighters of a state's side, which no target of "combattant" fits:
      // the Kurdish region's peshmerga, Iraq's Popular Mobilisation, a
      // regiment.
      "Pendant la guerre, les combattants peshmergas se sont repliés vers Erbil.",
      "Pendant la guerre, les combattants de la Mobilisation populaire ont repris la ville.",
      "Pendant la guerre, les combattants du régiment Azov ont été capturés à Marioupol.",
      // A former junta; fighters of every faction.
      "Pendant la guerre, les alliés de l'ancienne junte ont pris la ville.",
      "Après la guerre, le désarmement a recensé 100 000 combattants de toutes les factions.",
      "Pendant la guerre, vous êtes incorporé sous le régime de la loi de 1889.",
      // A traffic rule; the veterans of the Resistance.
      "Pendant la guerre, il convient de modifier le régime de priorité à cet endroit.",
      "Pendant la guerre, la Confédération nationale des combattants volontaires de la Résistance a protesté.",
      // A coalition in power, or one that governed: a political one.
      "Pendant la guerre, la coalition chiite au pouvoir à Bagdad a salué l'exécution.",
      "Pendant la guerre, le parti dominait la coalition qui a gouverné le pays pendant 27 ans.",
      // A press called mercenary; a state's own "mercenaires en uniforme".
      "Pendant la guerre, la presse mercenaire de Paris ose parler de légitime défense.",
      "Pendant la guerre, l'État impérialiste et ses mercenaires en uniforme croient pouvoir nous anéantir.",
      // "Les vrais terroristes": the word turned against whoever uses it.
      "Pendant la guerre, les vrais terroristes, ce sont ceux qui portent l'uniforme !",
      // Loyalist paramilitaries (Ulster's) are no state's forces.
      "Pendant la guerre, les paramilitaires loyalistes en ont tué environ 1 000.",
      "Pendant la guerre, les organisations loyalistes comptaient plusieurs milliers de membres.",
      // Administrative and political régimes.
      "Pendant la guerre, les veuves attendent que soit réglé le régime de pension des patriotes.",
      "Pendant la guerre, le Kremlin a réclamé un durcissement du régime de mobilisation.",
      "Après la guerre, le régime confessionnel issu de l'accord de Taëf a survécu.",
      // Iraq's own Shiite militias, its cities named in the paragraph.
      "Pendant la guerre, ils ont repris Tikrit, Fallouja puis Mossoul. On les décrit comme des milices chiites.",
      // Fighters set against civilians: a status, not a party.
      "Au moins 92 combattants et 15 civils ont été tués pendant la guerre.",
      "Le projet dénombre quelque 150 000 tués pendant la guerre, combattants compris.",
      "Pendant la guerre, les disparus peuvent être des combattants comme des civils.",
      "Pendant la guerre, la frontière entre civils et combattants s'est brouillée.",
      "Un régime alimentaire riche en fibres réduit les risques.",
      "La résistance aux antibiotiques inquiète les médecins.",
      "Les combattants de l'ombre de 1943 sont honorés à Lyon.",
      "Les anciens combattants ont défilé lors de la guerre des mots au Parlement.",
      "Le député rebelle a voté contre le texte du gouvernement.",
      "Cet adolescent rebelle refuse de ranger sa chambre.",
      "La coalition gouvernementale a perdu sa majorité.",
      "Ce ne sont pas des terroristes, ce sont des civils, dit-il après les frappes.",
      "Le terroriste présumé avait acheté des armes.",
      "Les défenseurs du club ont encaissé trois buts.",
      "Le parti islamiste a gagné les élections.",
      "Les militants pro-régime manifestent.",
      "Moscou a levé le régime d'opération antiterroriste, comme le régime des sanctions pendant la guerre.",
      // A mining or a prison regime in a war story.
      "Pendant la guerre, le nouveau régime minier voulu par Kinshasa n'a rien changé.",
      "Pendant la guerre, Öcalan est resté soumis au régime d'isolement.",
      // A negated predicate in scare quotes; a vehicle's occupants.
      "Pendant la guerre, ceux qui ont tué ces écoliers ne sont pas des « combattants de la liberté ».",
      "Pendant la guerre, un véhicule a été arrêté ; ses occupants ont été relâchés.",
      // A government's naming given to a rebel group: no target fits.
      "La junte du TPLF a attaqué les positions de l'armée fédérale pendant la guerre.",
      // "islamistes" qualifying a government force: no target fits.
      "Les Antonov de l'armée des islamistes bombardent nos villages pendant la guerre.",
      // A land-tenure system; a private military company's fighters (a row
      // of target `none`).
      "Au Mali, la junte ignore que le cœur du problème reste le régime foncier.",
      "Pendant la guerre, des combattants de Wagner ont été tués près de Kidal.",
      "Téhéran a fait venir des milliers de combattants chiites d'Irak pendant la guerre.",
      // The German occupation of 1940; Iraq's own Shiite militia at home.
      "Pendant la guerre, la France opposa une résistance à l'occupant allemand.",
      "À Najaf, les combats ont opposé les Marines à l'Armée du Mahdi, la milice chiite de Moqtada Sadr.",
      // A degree before the word: an adjective of opinions, no party.
      "Pendant la guerre, ceux des ateliers les plus extrémistes se lancent dans l'opération.",
      // A row of target `none` is no evidence of a war.
      "Il faisait partie de l'Union nationale des combattants et de la chorale.",
      // Unarmed people a naming verb calls terrorists: no armed party.
      "Pendant la guerre, le pouvoir a appelé « terroristes » tous ceux qui osaient lui résister : les manifestants.",
      "Pendant la guerre, traiter de « terroristes » les étudiants qui manifestaient a suffi.",
      "Pendant la guerre, le gouverneur parle de « terroristes » pour désigner les journalistes.",
      // The word itself, not a party: "le mot « terroriste »".
      "Pendant la guerre, le mot « terroriste » en disait plus sur celui qui l'employait.",
  };
  for (const char* text : cases) {
    EXPECT_EQ(Labels(LoadedLexicon::Data(), text), std::vector<std::string>{}) << text;
  }
}

TEST(LabelFinderTest, EnglishNamings) {
  const Case cases[] = {
      // An ideology's or a slur's adjective before "regime" joins it.
      {"During the war, the apostate regime shelled the villages held by the rebels.",
       {"apostate regime|regime|government_forces|pejorative", "rebels|rebel|armed_opposition|neutral"}},
      {"Islamic State claimed the bombing. Taliban fighters sealed off the airport.",
       {"fighters|fighter|armed_opposition|neutral"}},
      // Protesters a naming verb calls terrorists: no armed party; armed
      // men so called: the naming's party.
      {"During the war, the government branded the student protesters \u201cterrorists\u201d.", {}},
      {"During the war, the government branded the rebels \u201cterrorists\u201d.",
       {"rebels|rebel|armed_opposition|neutral", "terrorists|terrorist|armed_opposition|pejorative"}},
      {"Rebels shelled government-held districts as air strikes hit rebel-held areas.",
       {"Rebels|rebel|armed_opposition|neutral", "rebel|rebel|armed_opposition|neutral"}},
      {"Insurgents who pledged allegiance to Islamic State attacked villages on Thursday, killing nine civilians. "
       "The militants burned dozens of homes.",
       {"Insurgents|insurgent|armed_opposition|neutral", "militants|militant|jihadist_groups|neutral"}},
      // The owner of "whose" is the name that ends right before it.
      {"No group claimed the attack, but it bore the hallmarks of Boko Haram, whose militants have used girls "
       "as suicide bombers in the war.",
       {"militants|militant|jihadist_groups|neutral"}},
      // An opposition naming affiliated to a jihadist group designates it, and
      // leaves the paragraph's militants to it.
      {"Insurgents linked to Islamic State attacked villages on Thursday, killing nine civilians. The militants "
       "burned dozens of homes.",
       {"Insurgents|insurgent|armed_opposition|neutral", "militants|militant|jihadist_groups|neutral"}},
      {"The Assad regime and regime forces pressed the siege.",
       {"Assad regime|regime|government_forces|pejorative",
        "regime forces|regime forces|government_forces|pejorative"}},
      {"The so-called 'moderate rebels' kept shelling the west of the city.",
       {"so-called 'moderate rebels'|moderate rebel|armed_opposition|pejorative"}},
      {"Fighter jets struck the jihadists of Islamic State near Raqqa.",
       {"jihadists|jihadist|jihadist_groups|neutral"}},
      // A jihadist group's name right before the term.
      {"Islamic State militants attacked a prison in Hasakah during the fighting.",
       {"militants|militant|jihadist_groups|neutral"}},
      // A definite naming opening the sentence after the group's name takes
      // it up: no other party named before.
      {"At least 81 people were killed when Boko Haram militants stormed a village in the war. The insurgents "
       "torched homes. The army said its troops had killed 17 fighters.",
       {"militants|militant|jihadist_groups|neutral", "insurgents|insurgent|armed_opposition|neutral",
        "fighters|fighter|jihadist_groups|neutral"}},
      // Or before the sponsor's hyphen, past a rebel naming of the paragraph.
      {"ADF rebels attacked villages in Lubero during the war. The Islamic State-linked militants have killed "
       "thousands.",
       {"rebels|rebel|armed_opposition|neutral", "militants|militant|jihadist_groups|neutral"}},
      {"Tory rebels voted against the bill.", {}},
      // "in front of" is no front line: a sports club's name stays no label.
      {"The Rebels are back. The club won the league in front of 22,000 fans.", {}},
      // A government called terrorist: no target fits; the insult is a technique.
      {"The terrorist junta bombed a school during the war.", {}},
      // Foreign mercenaries are no armed opposition.
      {"Kinshasa hired European mercenaries to defend Goma during the war.", {}},
      {"The Taliban, whose fighters guarded the airport, condemned the Islamic State attack in the war.",
       {"fighters|fighter|armed_opposition|neutral"}},
      {"Sanctions imposed regime change, said the tax regime expert.", {}},
      // "its own fighters": the owner named before, past a rebel naming.
      {"Rebels said they had killed 84 Wagner fighters in the fighting. JNIM said its own fighters had also "
       "ambushed the convoy.",
       {"Rebels|rebel|armed_opposition|neutral", "fighters|fighter|jihadist_groups|neutral"}},
      {"The CSP, a coalition of mainly separatist movements, released videos of the fighting.",
       {"separatist|separatist|armed_opposition|neutral"}},
      // Shiite fighters fit no target; an act called terrorist names no one;
      // "international" belongs to the coalition's naming.
      {"Thousands of Shiite fighters from Iraq joined the war in Syria. Hezbollah fighters retook Qusayr.", {}},
      {"During the war, the president called the strike a terrorist attack.", {}},
      // Fighters set against civilians: a status, not a party.
      {"During the war, 92 fighters and 15 civilians were killed near the dam.", {}},
      {"During the war, loyalist paramilitaries killed about 1,000 people.", {}},
      {"During the war, the real terrorists sat in Kiev, not in Moscow.", {}},
      // A negated naming is no label, nor the shorter naming inside it; "a" is
      // an article here, not the French "à".
      {"During the war, the men who blew up the market were not freedom fighters.", {}},
      {"During the war, the man who blew up the market was not a freedom fighter.", {}},
      {"During the war, loyalists shelled the town.", {"loyalists|loyalist|government_forces|neutral"}},
      {"Aircraft of the so-called international coalition struck the village during the war.",
       {"so-called international coalition|coalition|foreign_forces|pejorative"}},
      // A military coalition by its cues ("the", "US-led", "coalition air
      // strikes"), not a party's "motley coalition".
      {"During the war, the party brought farmers and financiers into a motley coalition.", {}},
      {"During the war, civilians died in coalition air strikes.", {"coalition|coalition|foreign_forces|neutral"}},
      {"During the war, Coalition officials described the air campaign.", {"Coalition|coalition|foreign_forces|neutral"}},
      {"During the war, the Zionist regime bombed the capital at will.", {}},
      {"Tuareg fighters attacked the army base near Kidal in Mali during the war.",
       {"fighters|fighter|armed_opposition|neutral"}},
      // A capitalised term before another capitalised word is a word of a
      // proper name.
      {"Rebels of the Revolutionary United Front attacked Freetown during the war.",
       {"Rebels|rebel|armed_opposition|neutral"}},
      // A possessor's name joins a government naming, first word or not.
      {"Saddam's regime gassed the Kurds during the war.", {"Saddam's regime|regime|government_forces|pejorative"}},
  };
  for (const Case& c : cases) {
    EXPECT_EQ(Labels(LoadedLexicon::Data(), c.text, "en"), c.labels) << c.text;
  }
}

TEST(LabelFinderTest, QuotedAndReportedLabelsAreMarked) {
  const std::string text =
      "« Les terroristes ont frappé », dit le ministre après les frappes. Damas qualifie de "
      "terroristes les rebelles.";
  testing::Findings f = Analyse(LoadedLexicon::Data(), text, "fr");
  ASSERT_EQ(f.labels.size(), 3u);
  EXPECT_TRUE(f.labels[0].quoted);
  EXPECT_FALSE(f.labels[1].quoted);
  EXPECT_TRUE(f.labels[1].reported);
  EXPECT_FALSE(f.labels[2].reported);
  EXPECT_TRUE(f.labels[2].noun);
  // A naming weighed against another is mentioned: its own stance, reported.
  f = Analyse(LoadedLexicon::Data(), "Pendant la guerre, les agences ont jugé « séparatistes » plus descriptif que « rebelles ».",
              "fr");
  ASSERT_EQ(f.labels.size(), 2u);
  EXPECT_EQ(f.labels[1].label.text, "rebelles");
  EXPECT_EQ(f.labels[1].label.stance, "neutral");
  EXPECT_TRUE(f.labels[1].reported);
  // A naming verb before the naming's object and its link: a designation
  // reported, not the author's name-calling; "une fois de plus que" is no
  // comparison of namings.
  f = Analyse(LoadedLexicon::Data(), "During the war, the council labelled the gangs as terrorists.", "en");
  ASSERT_EQ(f.labels.size(), 1u);
  EXPECT_TRUE(f.labels[0].reported);
  f = Analyse(LoadedLexicon::Data(),
              "Pendant la guerre, les Lobos ont été classés parmi les groupes terroristes. Ce crime montre une fois "
              "de plus que les terroristes frappent.",
              "fr");
  ASSERT_EQ(f.labels.size(), 2u);
  EXPECT_TRUE(f.labels[0].reported);
  EXPECT_FALSE(f.labels[1].reported);
  // What a party calls itself, or what a capital called it: mentioned.
  f = Analyse(LoadedLexicon::Data(),
              "En Tchétchénie, pendant la guerre, ses adversaires se disaient « combattants de la liberté ». En Irak, "
              "Washington désignait des « insurgés ».",
              "fr");
  ASSERT_EQ(f.labels.size(), 2u);
  EXPECT_TRUE(f.labels[0].reported);
  EXPECT_TRUE(f.labels[1].reported);
  EXPECT_TRUE(f.techniques.empty());
}

TEST(LabelFinderTest, RulesFromASmallLexicon) {
  auto l = LoadedLexicon::From(Lexicon::FromFiles(
      {{"fr/labels.tsv",
        "term\ttarget\tstance\tforms\twhen\tnot_before\tnot_after\tflags\n"
        "milicien\tgov\tneutral\t*\t\tanciens\tdu dimanche\tcontext\n"
        "milicien\tjih\tneutral\t*\tfollows:jih\t\t\tcontext\n"
        "bourreau\tgov\tpejorative\t*\t\t\t\tcomplement\n"
        "combattant\topp\tneutral\t*\t\t\t\tcontext, scope\n"
        "coalition\tfor\tneutral\t*\t\t\t\tcontext, unnamed\n"},
       {"fr/context.tsv", "phrase\tclass\nguerre\tconflict\nEI\tjih\nGaza\tout_of_scope\n"}}));
  ASSERT_NE(l, nullptr);
  const Case cases[] = {
      {"Les miliciens avancent dans la guerre.", {"miliciens|milicien|gov|neutral"}},
      {"Les miliciens de l'EI avancent dans la guerre.", {"miliciens|milicien|jih|neutral"}},
      {"Les miliciens avancent.", {}},                             // no context
      {"Les anciens miliciens racontent la guerre.", {}},          // not_before
      {"Les miliciens du dimanche racontent la guerre.", {}},      // not_after
      {"Le bourreau a parlé.", {}},                                // no complement
      {"Le bourreau de Damas a parlé.", {"bourreau de Damas|bourreau|gov|pejorative"}},
      {"Les combattants avancent dans la guerre.", {"combattants|combattant|opp|neutral"}},
      {"À Gaza, les combattants avancent dans la guerre.", {}},  // scope: a party of your lexicon's out_of_scope
      {"La coalition a frappé pendant la guerre.", {"coalition|coalition|for|neutral"}},
      {"La coalition Viv Ansanm a frappé pendant la guerre.", {}},  // unnamed: an alliance's own name
  };
  for (const Case& c : cases) EXPECT_EQ(Labels(*l, c.text), c.labels) << c.text;
}

// A label's cue names the row that decided it, the condition that held, and
// the doubt that made the word pejorative.
TEST(LabelFinderTest, TheCueNamesTheRowAndTheCondition) {
  auto l = LoadedLexicon::From(Lexicon::FromFiles(
      {{"fr/labels.tsv",
        "term\ttarget\tstance\tforms\twhen\n"
        "milicien\tjih\tneutral\t*\tparagraph:other, follows:jih\n"
        "milicien\tgov\tneutral\t*\t\n"},
       {"fr/context.tsv", "phrase\tclass\nEI\tjih\nAlep\tother\nsoi-disant\tdoubt_modifier\n"}}));
  ASSERT_NE(l, nullptr);
  auto cues = [&](const std::string& text) {
    std::vector<std::string> out;
    for (const FoundLabel& f : Analyse(*l, text, "fr").labels) out.push_back(f.label.cue);
    return out;
  };
  EXPECT_EQ(cues("Les miliciens de l'EI avancent."), std::vector<std::string>{"fr/labels.tsv:2 follows:jih"});
  EXPECT_EQ(cues("Les miliciens avancent."), std::vector<std::string>{"fr/labels.tsv:3"});
  EXPECT_EQ(cues("Les soi-disant miliciens avancent."),
            std::vector<std::string>{"fr/labels.tsv:3; doubt: soi-disant"});
}

// A place the entity layer located in `country`, given by hand.
Entity Place(const std::string& text, const std::string& name, const char* country) {
  Entity e;
  e.text = name;
  e.type = "LOC";
  e.start = static_cast<int64_t>(CodePointCount(text.substr(0, text.find(name))));
  e.end = e.start + static_cast<int64_t>(CodePointCount(name));
  e.geo = Geo{0, 0, country};
  return e;
}

// The target of the one label found in a French text, or "none".
std::string OneTarget(const LoadedLexicon& l, const std::string& text, const std::vector<Entity>& entities) {
  std::vector<FoundLabel> found = Analyse(l, text, "fr", {}, entities).labels;
  return found.size() == 1 ? found[0].label.target : std::string("none");
}

// A row of target `none` with a technique: no label of the document, but
// the naming's technique ("les terroristes de Kiev": a state's forces, which
// "terroriste" has no target for).
TEST(LabelFinderTest, AnUntargetedNamingKeepsItsTechnique) {
  const testing::Findings f = Analyse(LoadedLexicon::Data(), "Les terroristes de Kiev paieront pour ce crime de guerre.", "fr");
  ASSERT_EQ(f.labels.size(), 1u);
  EXPECT_TRUE(f.labels[0].Untargeted());
  EXPECT_EQ(f.labels[0].label.text, "terroristes");
  ASSERT_EQ(f.techniques.size(), 1u);
  EXPECT_EQ(f.techniques[0].technique, "Name_Calling-Labeling");
  // The opposition's, without the state named after it.
  const testing::Findings g = Analyse(LoadedLexicon::Data(), "Les terroristes paieront pour ce crime de guerre.", "fr");
  ASSERT_EQ(g.labels.size(), 1u);
  EXPECT_EQ(g.labels[0].label.target, "armed_opposition");
  // Journalists insulted: no armed party, a name-calling all the same.
  const testing::Findings h =
      Analyse(LoadedLexicon::Data(), "Pendant la guerre, les mercenaires de la plume se sont tus.", "fr");
  ASSERT_EQ(h.labels.size(), 1u);
  EXPECT_TRUE(h.labels[0].Untargeted());
  ASSERT_EQ(h.techniques.size(), 1u);
  EXPECT_EQ(h.techniques[0].technique, "Name_Calling-Labeling");
}

// `abroad`: a dateline in one country, a place of another in the paragraph
// (the entity layer's places, given here by hand).
TEST(LabelFinderTest, AbroadReadsTheDatelineAndThePlaces) {
  auto l = LoadedLexicon::From(Lexicon::FromFiles(
      {{"fr/labels.tsv",
        "term\ttarget\tstance\tforms\twhen\tnot_before\tnot_after\tflags\n"
        "nos soldats\tforeign\tsympathetic\t\tabroad\t\t\t\n"
        "nos soldats\thome\tsympathetic\t\t\t\t\t\n"}}));
  ASSERT_NE(l, nullptr);
  const std::string abroad = "Ankara – En Syrie, nos soldats tiennent Afrin.";
  EXPECT_EQ(OneTarget(*l, abroad, {Place(abroad, "Ankara", "TR"), Place(abroad, "Syrie", "SY")}), "foreign");
  // The same places at home; no dateline; a place outside the paragraph.
  const std::string home = "Bamako – À Ménaka, nos soldats tiennent la ville.";
  EXPECT_EQ(OneTarget(*l, home, {Place(home, "Bamako", "ML"), Place(home, "Ménaka", "ML")}), "home");
  const std::string undated = "En Syrie, nos soldats tiennent Afrin depuis Ankara.";
  EXPECT_EQ(OneTarget(*l, undated, {Place(undated, "Syrie", "SY"), Place(undated, "Ankara", "TR")}), "home");
  const std::string elsewhere = "Ankara – Nos soldats tiennent la ligne.\n\nEn Syrie, la guerre continue.";
  EXPECT_EQ(OneTarget(*l, elsewhere, {Place(elsewhere, "Ankara", "TR"), Place(elsewhere, "Syrie", "SY")}), "home");
  // Datelines with a date, a bracket, a slash.
  const std::string dated = "Radio Damas, 10 juin 1982 – Au Liban, nos soldats tiennent la Békaa.";
  EXPECT_EQ(OneTarget(*l, dated, {Place(dated, "Damas", "SY"), Place(dated, "Liban", "LB")}), "foreign");
  const std::string bracket = "Bakou/Erevan, 5 avril 2016 (Service de presse) – À Moscou, nos soldats défilent.";
  EXPECT_EQ(OneTarget(*l, bracket, {Place(bracket, "Bakou", "AZ"), Place(bracket, "Moscou", "RU")}), "foreign");
}

// An international agency's dateline is its reporter's place: a speaker's
// "nos soldats" quoted in the wire is not abroad for it.
TEST(LabelFinderTest, AWireDatelineIsTheReportersPlace) {
  const std::string wire =
      "Bakou, 5 avril 2016 (AFP) – Un cessez-le-feu conclu à Moscou est entré en vigueur pendant la guerre. Le "
      "président a salué « le courage de nos soldats ».";
  EXPECT_EQ(OneTarget(LoadedLexicon::Data(), wire, {Place(wire, "Bakou", "AZ"), Place(wire, "Moscou", "RU")}),
            "government_forces");
  const std::string agency =
      "Bakou, 5 avril 2016 (Azertac) – Un cessez-le-feu conclu à Moscou est entré en vigueur pendant la guerre. Le "
      "président a salué « le courage de nos soldats ».";
  EXPECT_EQ(OneTarget(LoadedLexicon::Data(), agency, {Place(agency, "Bakou", "AZ"), Place(agency, "Moscou", "RU")}),
            "foreign_forces");
}

// A term inside a name that runs on to its acronym in brackets is a word
// of the name; not a naming set before a group's name, nor an English
// adjective of people written with a capital.
TEST(LabelFinderTest, ATermInANameWithItsAcronymIsNoLabel) {
  const auto labels = [](const std::string& text, const char* lang) {
    return Analyse(LoadedLexicon::Data(), text, lang).labels.size();
  };
  EXPECT_EQ(labels("Pendant la guerre, l'Armée nationale de libération karen (KNLA) a pris la ville.", "fr"), 0u);
  EXPECT_EQ(labels("Pendant la guerre, les Forces armées nationales tchadiennes (FANT) ont pris Faya.", "fr"), 0u);
  EXPECT_EQ(labels("Pendant la guerre, les rebelles du Front patriotique rwandais (FPR) ont pris Kigali.", "fr"), 1u);
  EXPECT_EQ(labels("During the war, the authorities blamed Muslim rebels of the Armed Islamic Group (GIA).", "en"),
            1u);
}

// A lone elided "d'" in a not_after list keeps the naming's complement
// out ("la coalition d'ONG"), as "de" does; not an infinitive or a time
// after it ("accuse la coalition d'avoir tué", "l'occupant d'hier").
TEST(LabelFinderTest, AnElidedDeInAListKeepsTheComplementOut) {
  auto l = LoadedLexicon::From(Lexicon::FromFiles(
      {{"fr/labels.tsv",
        "term\ttarget\tstance\tforms\twhen\tnot_before\tnot_after\tflags\n"
        "coalition\tforeign\tneutral\t\t\t\tde, d'\t\n"}}));
  ASSERT_NE(l, nullptr);
  EXPECT_EQ(OneTarget(*l, "Une coalition d'ONG a publié un rapport.", {}), "none");
  EXPECT_EQ(OneTarget(*l, "Une coalition d\u2019ONG a publié un rapport.", {}), "none");
  EXPECT_EQ(OneTarget(*l, "Une coalition de partis a publié un rapport.", {}), "none");
  EXPECT_EQ(OneTarget(*l, "Tripoli accuse la coalition d'avoir tué trois civils.", {}), "foreign");
  EXPECT_EQ(OneTarget(*l, "La coalition d'hier a bombardé la ville.", {}), "foreign");
  EXPECT_EQ(OneTarget(*l, "La coalition a bombardé la ville.", {}), "foreign");
}

// A place where the enemy comes from, or a government acting, is not
// where "nos soldats" serve (the `origin` class before the place).
TEST(LabelFinderTest, APlaceOfOriginIsNoTheatre) {
  const auto target = [](const std::string& text, const char* place, const char* country) {
    return OneTarget(LoadedLexicon::Data(), text, {Place(text, "Conakry", "GN"), Place(text, place, country)});
  };
  EXPECT_EQ(target("Conakry (RTG) – Des hommes venus du Liberia ont attaqué pendant la guerre. Nos soldats ont riposté.",
                   "Liberia", "LR"),
            "government_forces");
  EXPECT_EQ(target("Conakry (RTG) – Une attaque parrainée par Monrovia a frappé pendant la guerre. Nos soldats ont riposté.",
                   "Monrovia", "LR"),
            "government_forces");
  EXPECT_EQ(target("Conakry (RTG) – Au Liberia, des hommes ont attaqué pendant la guerre. Nos soldats ont riposté.",
                   "Liberia", "LR"),
            "foreign_forces");
}

// A place the entity layer found is no owner of "ses combattants": the
// group named before it is.
TEST(LabelFinderTest, APlaceOwnsNoFighters) {
  const std::string text =
      "L'Etat islamique a revendiqué les attentats pendant la guerre. La cellule avait aussi frappé Paris. Plusieurs "
      "de ses combattants venaient de Syrie.";
  EXPECT_EQ(OneTarget(LoadedLexicon::Data(), text, {Place(text, "Paris", "FR")}), "jihadist_groups");
  EXPECT_EQ(OneTarget(LoadedLexicon::Data(), text, {}), "armed_opposition");  // an unknown name may own them
}

// `at_home`: a dateline, and no place of another country in the paragraph
// ("Niamey, RTN – ... forces françaises ... nos soldats": Niger's).
TEST(LabelFinderTest, AtHomeReadsTheDatelineAndThePlaces) {
  auto l = LoadedLexicon::From(Lexicon::FromFiles(
      {{"fr/labels.tsv",
        "term\ttarget\tstance\tforms\twhen\tnot_before\tnot_after\tflags\n"
        "nos soldats\thome\tsympathetic\t\tat_home\t\t\t\n"
        "nos soldats\tforeign\tsympathetic\t\t\t\t\t\n"}}));
  ASSERT_NE(l, nullptr);
  const std::string home = "Niamey, RTN – À Tillabéri, quatre de nos soldats ont été blessés.";
  EXPECT_EQ(OneTarget(*l, home, {Place(home, "Niamey", "NE"), Place(home, "Tillabéri", "NE")}), "home");
  // A place of another country in the paragraph; no dateline.
  const std::string abroad = "Ankara – En Syrie, nos soldats tiennent Afrin.";
  EXPECT_EQ(OneTarget(*l, abroad, {Place(abroad, "Ankara", "TR"), Place(abroad, "Syrie", "SY")}), "foreign");
  const std::string undated = "À Tillabéri, quatre de nos soldats ont été blessés.";
  EXPECT_EQ(OneTarget(*l, undated, {Place(undated, "Tillabéri", "NE")}), "foreign");
}

}  // namespace
}  // namespace vigie::analyse
