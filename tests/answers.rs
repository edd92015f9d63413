//! Answers, facts and abstention on a corpus that is not the built-in one:
//! a short Tagalog tale written for these tests, with its own names.

use std::path::PathBuf;
use std::process::Command as Process;

use assert_cmd::Command;
use serde_json::Value;
use tanong::evaluate::parse_questions;
use tanong::{Options, Tanong};

fn fixture() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/alamat")
}

fn open_fixture(cache: &tempfile::TempDir) -> Tanong {
    Tanong::open(&Options {
        corpus: Some(fixture()),
        index_root: Some(cache.path().to_path_buf()),
        force_rebuild: false,
    })
    .unwrap()
}

#[test]
fn relation_questions_are_answered_from_facts_in_both_languages() {
    let cache = tempfile::tempdir().unwrap();
    let tanong = open_fixture(&cache);
    for question in [
        "Sino ang asawa ni Makisig?",
        "Who is Makisig's wife?",
        "Who was the wife of Makisig?",
    ] {
        let response = tanong.ask(question, 3).unwrap();
        let answer = response
            .answer
            .unwrap_or_else(|| panic!("no answer to {question}"));
        assert_eq!(answer.text, "Liwayway", "{question}");
        assert!(answer.confidence >= 0.5);
        assert!(response.facts.iter().any(|f| f.relation == "asawa"));
    }
}

#[test]
fn typed_spans_come_from_the_passages() {
    let cache = tempfile::tempdir().unwrap();
    let tanong = open_fixture(&cache);
    let ask = |q: &str| tanong.ask(q, 3).unwrap().answer.map(|a| a.text);
    assert_eq!(
        ask("Ilan ang anak nina Makisig at Liwayway?").as_deref(),
        Some("Tatlo")
    );
    assert_eq!(
        ask("Sino ang pumatay sa buwaya?").as_deref(),
        Some("Makisig")
    );
    let why = ask("Bakit umalis si Bagwis?").unwrap_or_default();
    assert!(why.starts_with("upang hanapin"), "{why}");
    let what = ask("Sino si Makisig?").unwrap_or_default();
    assert!(what.contains("mandirigma"), "{what}");
}

#[test]
fn questions_the_text_cannot_answer_are_abstained() {
    let cache = tempfile::tempdir().unwrap();
    let tanong = open_fixture(&cache);
    for question in [
        "Sino ang presidente ng Pransiya?",
        "What is the capital of Japan?",
        "Sino ang asawa ni Bagwis?",
    ] {
        let response = tanong.ask(question, 3).unwrap();
        assert!(
            response.answer.is_none(),
            "{question}: {:?}",
            response.answer
        );
    }
}

#[test]
fn answers_and_highlights_are_substrings_of_their_passage() {
    let cache = tempfile::tempdir().unwrap();
    let tanong = open_fixture(&cache);
    let questions =
        parse_questions(&std::fs::read_to_string(fixture().join("questions.jsonl")).unwrap())
            .unwrap();
    // "What did X do" answers join the verb to its object across the actor;
    // the answer must still be one span of the text.
    let asked = questions
        .iter()
        .map(|q| q.question.as_str())
        .chain(["Ano ang ginawa ni Bagwis?", "What did Bagwis do?"]);
    for question in asked {
        let response = tanong.ask(question, 3).unwrap();
        for p in &response.passages {
            for range in &p.matches {
                assert!(p.text.get(range.clone()).is_some());
            }
        }
        if let Some(answer) = &response.answer {
            let passage = tanong.passage(answer.passage).unwrap();
            let is_fact = response
                .facts
                .iter()
                .any(|f| f.subject == answer.text || f.object == answer.text);
            assert!(
                passage.text.contains(&answer.text) || is_fact,
                "{question}: {}",
                answer.text
            );
        }
    }
}

#[test]
fn entities_json_lists_people_aliases_and_facts() {
    let cache = tempfile::tempdir().unwrap();
    let out = Command::cargo_bin("tanong")
        .unwrap()
        .env_remove("TANONG_CORPUS")
        .arg("--corpus")
        .arg(fixture())
        .arg("--index")
        .arg(cache.path())
        .args(["entities", "--json"])
        .output()
        .unwrap();
    assert!(out.status.success());
    let table: Value = serde_json::from_slice(&out.stdout).unwrap();
    let entities = table["entities"].as_array().unwrap();
    let makisig = entities
        .iter()
        .find(|e| e["name"] == "Makisig")
        .expect("Makisig");
    assert_eq!(makisig["kind"], "person");
    assert!(makisig["aliases"].is_array());
    let mention = &makisig["mentions"][0];
    for key in ["doc", "passage", "start", "end"] {
        assert!(!mention[key].is_null(), "{key}");
    }
    let facts = table["facts"].as_array().unwrap();
    assert!(facts.iter().any(|f| f["subject"] == "Bagwis"
        && f["relation"] == "kapatid"
        && f["object"] == "Liwayway"));
}

/// The "all" row of a score table, without its label.
fn all_row(output: &[u8]) -> String {
    String::from_utf8_lossy(output)
        .lines()
        .find(|l| l.starts_with("all "))
        .map(|l| l.split_whitespace().skip(1).collect::<Vec<_>>().join(" "))
        .unwrap_or_default()
}

/// `tanong eval` and the shared scorer agree on the same questions: the
/// fixture's, and the dev questions on the built-in corpus.
#[test]
fn eval_agrees_with_the_shared_scorer() {
    let shared = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../shared/eval");
    let scorer = shared.join("score.py");
    let has_python = Process::new("python3").arg("--version").output().is_ok();
    if !scorer.exists() || !has_python {
        eprintln!("skipped: ../shared/eval/score.py or python3 is not present");
        return;
    }
    let binary = assert_cmd::cargo::cargo_bin("tanong");
    let cases = [
        (Some(fixture()), fixture().join("questions.jsonl")),
        (None, shared.join("seed-dev.jsonl")),
    ];
    for (corpus, questions) in cases {
        let cache = tempfile::tempdir().unwrap();
        let corpus_args: Vec<String> = corpus
            .iter()
            .flat_map(|c| ["--corpus".to_string(), c.display().to_string()])
            .collect();
        let command = format!(
            "{} {} --index {} ask --json",
            binary.display(),
            corpus_args.join(" "),
            cache.path().display()
        );
        let scored = Process::new("python3")
            .arg(&scorer)
            .arg("--questions")
            .arg(&questions)
            .arg("--cmd")
            .arg(&command)
            .env_remove("TANONG_CORPUS")
            .output()
            .unwrap();
        assert!(
            scored.status.success(),
            "{}",
            String::from_utf8_lossy(&scored.stderr)
        );
        let ours = Command::cargo_bin("tanong")
            .unwrap()
            .env_remove("TANONG_CORPUS")
            .args(&corpus_args)
            .arg("--index")
            .arg(cache.path())
            .arg("eval")
            .arg(&questions)
            .output()
            .unwrap();
        assert!(ours.status.success());
        let expected = all_row(&scored.stdout);
        assert!(!expected.is_empty());
        assert_eq!(all_row(&ours.stdout), expected, "{}", questions.display());
    }
}

/// After an update in place, passage ids and answers follow the corpus as it
/// is now.
#[test]
fn answers_follow_an_updated_corpus() {
    let corpus = tempfile::tempdir().unwrap();
    let cache = tempfile::tempdir().unwrap();
    std::fs::write(
        corpus.path().join("a.txt"),
        "Si Ana ay isang guro.\n\nSi Ben ay isang magsasaka.",
    )
    .unwrap();
    std::fs::write(
        corpus.path().join("b.txt"),
        "Ang asawa ni Ben, si Carla, ay isang nars.",
    )
    .unwrap();
    let options = Options {
        corpus: Some(corpus.path().to_path_buf()),
        index_root: Some(cache.path().to_path_buf()),
        force_rebuild: false,
    };
    let before = Tanong::open(&options).unwrap();
    assert_eq!(
        before
            .ask("Sino ang asawa ni Ben?", 3)
            .unwrap()
            .answer
            .unwrap()
            .text,
        "Carla"
    );
    drop(before);
    // a.txt loses a paragraph: b.txt's passage moves from id 2 to id 1.
    std::fs::write(corpus.path().join("a.txt"), "Si Ana ay isang guro.").unwrap();
    std::fs::write(
        corpus.path().join("b.txt"),
        "Ang asawa ni Ben, si Dina, ay isang nars.",
    )
    .unwrap();
    let after = Tanong::open(&options).unwrap();
    let response = after.ask("Sino ang asawa ni Ben?", 3).unwrap();
    assert_eq!(response.answer.unwrap().text, "Dina");
    for p in &response.passages {
        assert_eq!(after.passage(p.id).unwrap().text, p.text);
    }
}

/// Opens a one-file corpus written for a test.
fn open_text(corpus: &tempfile::TempDir, cache: &tempfile::TempDir, text: &str) -> Tanong {
    std::fs::write(corpus.path().join("kuwento.txt"), text).unwrap();
    Tanong::open(&Options {
        corpus: Some(corpus.path().to_path_buf()),
        index_root: Some(cache.path().to_path_buf()),
        force_rebuild: false,
    })
    .unwrap()
}

#[test]
fn language_rules_find_reasons_actors_counts_and_deeds() {
    let (corpus, cache) = (tempfile::tempdir().unwrap(), tempfile::tempdir().unwrap());
    let tanong = open_text(
        &corpus,
        &cache,
        "Nakatira si Datu Bagani sa isang bayan sa tabi ng ilog.\n\n\
         Dahil sa matinding gutom ay nagkasakit ang mga tao sa bayan.\n\n\
         Nagtanim si Datu Bagani ng palay sa bukid, kaya nabusog ang buong bayan.\n\n\
         Sa gubat ay tinulungan siya ng isang matalinong babaylan.\n\n\
         Ang aso ni Datu Bagani ang nagbantay sa bahay.\n\n\
         May limang kalabaw ang pamilya. Dalawang bata ang naglaro sa ilog.\n\n\
         Sinira ni Datu Bagani ang lumang tulay sa ilog.\n\n\
         Si Tala, ang anak ni Datu Bagani, ay isang manghahabi.",
    );
    // A fronted reason ends at "ay".
    says(&tanong, "Bakit nagkasakit ang mga tao?", "gutom");
    // "X, kaya Y": asked about Y, the reason is X.
    says(&tanong, "Bakit nabusog ang bayan?", "Nagtanim");
    // A patient-focus verb's actor after "ng", when no name is there.
    says(
        &tanong,
        "Sino ang tumulong kay Datu Bagani sa gubat?",
        "babaylan",
    );
    // "Ang X ang VERB": the cleft's subject, not the name inside it.
    says(&tanong, "Sino ang nagbantay sa bahay?", "aso");
    // A count belongs to the word it counts.
    says(&tanong, "Ilan ang kalabaw ng pamilya?", "lima");
    // "Ano ang ginawa ni X": the deed X is the actor of.
    says(&tanong, "Ano ang ginawa ni Datu Bagani sa tulay?", "Sinira");
    // The inverse of a kinship relation; a title is not part of the name.
    says(&tanong, "Sino ang ama ni Tala?", "Bagani");
    says(&tanong, "Who is the father of Tala?", "Bagani");
}

#[test]
fn titled_names_are_known_without_their_title() {
    let (corpus, cache) = (tempfile::tempdir().unwrap(), tempfile::tempdir().unwrap());
    let tanong = open_text(
        &corpus,
        &cache,
        "Naghari si Haring Leandro sa isang malayong kaharian. Ang kanyang asawa ay si Reyna Sisa.\n\n\
         Si Donya Clara ay nagtungo sa simbahan.",
    );
    let leandro = tanong.entities().find("Leandro").expect("Leandro");
    assert_eq!(leandro.name, "Haring Leandro");
    assert_eq!(tanong.entities().find("Clara").unwrap().name, "Donya Clara");
    let response = tanong.ask("Where did Clara go?", 3).unwrap();
    assert!(response.passages[0].text.contains("Donya Clara"));
}

#[test]
fn nicknames_numerals_appositives_and_helpers() {
    let (corpus, cache) = (tempfile::tempdir().unwrap(), tempfile::tempdir().unwrap());
    let tanong = open_text(
        &corpus,
        &cache,
        "Ang kuwento ay tungkol kay Roberto \u{201c}Obet\u{201d} Santos, isang mangingisda mula sa Samar.\n\n\
         May labing-apat na bangka ang kanilang nayon.\n\n\
         Nakaligtas si Obet sa bagyo sa tulong ni Aling Nena.",
    );
    let obet = tanong.entities().find("Obet").expect("Obet");
    assert_eq!(obet.name, "Roberto Santos");
    says(&tanong, "Sino si Obet?", "mangingisda");
    says(&tanong, "Who is Roberto?", "mangingisda");
    says(&tanong, "Ilan ang bangka ng nayon?", "labing-apat");
    says(&tanong, "Paano nakaligtas si Obet sa bagyo?", "Nena");
}

#[test]
fn relation_synonyms_titles_and_work_questions() {
    let (corpus, cache) = (tempfile::tempdir().unwrap(), tempfile::tempdir().unwrap());
    let tanong = open_text(
        &corpus,
        &cache,
        "Si Lito ay isang magsasaka sa bayan ng Lucban.\n\n\
         Dumalaw si Lito sa kanyang tatay na si Ernesto.\n\n\
         Si Rosa, ang anak ni Aling Pacita, ay isang nars.",
    );
    let answer = |q: &str| tanong.ask(q, 3).unwrap().answer;
    // "tatay" in the text answers "ama" in the question, and "dad".
    for q in ["Sino ang ama ni Lito?", "Who is Lito's dad?"] {
        assert_eq!(answer(q).map(|a| a.text).as_deref(), Some("Ernesto"), "{q}");
    }
    // "Aling" says Pacita is a woman: she is Rosa's mother, not her father.
    let mother = answer("Sino ang nanay ni Rosa?").expect("mother");
    assert_eq!(mother.text, "Aling Pacita");
    let father = answer("Sino ang ama ni Rosa?");
    assert!(father.is_none_or(|a| a.text != "Aling Pacita"));
    // "trabaho" and "job" ask what the text says someone is.
    for q in ["Ano ang trabaho ni Lito?", "What is Rosa's job?"] {
        let got = answer(q).map(|a| a.text).unwrap_or_default();
        assert!(
            got.contains("magsasaka") || got.contains("nars"),
            "{q} -> {got}"
        );
    }
}

#[test]
fn relation_answers_stand_in_the_nominative_and_deeds_name_their_object() {
    let (corpus, cache) = (tempfile::tempdir().unwrap(), tempfile::tempdir().unwrap());
    let tanong = open_text(
        &corpus,
        &cache,
        "Hinanap ni Mario ang nawawalang kapatid ni Liza sa palengke.\n\n\
         Nang makauwi si Liza sa bahay, hindi niya malimutan ang ginawa niya kay Nilo.\n\n\
         Sinampal ni Liza si Nilo sa harap ng lahat.",
    );
    let answer = |q: &str| tanong.ask(q, 3).unwrap().answer.map(|a| a.text);
    // Mario looked for the sibling; he is not the sibling.
    assert_ne!(
        answer("Sino ang kapatid ni Liza?").as_deref(),
        Some("Mario")
    );
    // The deed done to Nilo, not Liza's coming home.
    let deed = answer("Ano ang ginawa ni Liza kay Nilo?").unwrap_or_default();
    assert!(deed.contains("Sinampal"), "{deed}");
}

#[test]
fn news_style_reasons_means_and_sums() {
    let (corpus, cache) = (tempfile::tempdir().unwrap(), tempfile::tempdir().unwrap());
    let tanong = open_text(
        &corpus,
        &cache,
        "Gumuho ang kalsada sa Barangay Ilaya kaya hindi makauwi ang mga estudyante.\n\n\
         Nagrenta ang munisipyo ng mga bus upang maihatid ang mga estudyante sa kanilang bahay.\n\n\
         Ayon kay Dr. Ramon Bautista, umabot sa 15 milyong piso ang halaga ng pinsala.",
    );
    says(
        &tanong,
        "Bakit hindi makauwi ang mga estudyante?",
        "kalsada",
    );
    says(
        &tanong,
        "Paano naihatid ang mga estudyante sa bahay?",
        "bus",
    );
    says(&tanong, "Magkano ang pinsala?", "15");
    // "nangyari" frames the question; the predicate is what happened.
    says(&tanong, "Ano ang nangyari sa kalsada?", "Gumuho");
    says(&tanong, "What happened to the road?", "Gumuho");
    assert_eq!(
        tanong
            .entities()
            .find("Ramon Bautista")
            .map(|e| e.name.as_str()),
        Some("Dr. Ramon Bautista")
    );
}

#[test]
fn reasons_that_point_back_marriages_and_other_peoples_children() {
    let (corpus, cache) = (tempfile::tempdir().unwrap(), tempfile::tempdir().unwrap());
    let tanong = open_text(
        &corpus,
        &cache,
        "Si Dante ay ang bunso sa anim na anak nina Pablo at Rita.\n\n\
         Sumulat si Dante ng mga tula laban sa pamahalaan. Dahil dito ay ipinatapon siya sa Guam.\n\n\
         Ikinasal si Dante kay Lourdes noong 1960. Tatlo ang kanilang anak.\n\n\
         Naging kaibigan ni Dante ang heneral, at dahil dito ay nakalaya si Dante noong 1970.\n\n\
         Malakas na ulan ang itinuturong dahilan ng pagbaha sa bayan.\n\n\
         Ang dahilan ng pagkasira ng tulay ay ang lindol.",
    );
    says(&tanong, "Bakit ipinatapon si Dante?", "tula");
    says(&tanong, "Sino ang asawa ni Dante?", "Lourdes");
    // A reason named with the noun for one, before `ang dahilan` or after
    // `ang dahilan … ay`; "Ano ang dahilan …?" asks why.
    let (reason, _) = answer_and_rule(&tanong, "Ano ang dahilan ng pagbaha sa bayan?").unwrap();
    assert_eq!(reason, "Malakas na ulan");
    let (reason, _) = answer_and_rule(&tanong, "Bakit nasira ang tulay?").unwrap();
    assert_eq!(reason, "lindol");
    // The clause before "at dahil dito" in the same sentence is the reason.
    let (reason, _) = answer_and_rule(&tanong, "Bakit nakalaya si Dante?").unwrap();
    assert_eq!(reason, "Naging kaibigan ni Dante ang heneral");
    says(&tanong, "Ilan ang anak ni Dante?", "Tatlo");
}

#[test]
fn a_cleft_pronoun_stands_for_the_one_person_named_before_it() {
    let (corpus, cache) = (tempfile::tempdir().unwrap(), tempfile::tempdir().unwrap());
    let tanong = open_text(
        &corpus,
        &cache,
        "Lumipat sa lungsod si Doktor Ramon Villa noong Marso. Siya ang bagong manggagamot ng ospital.\n\n\
         Si Liza ang pinakamabilis na mananakbo sa paaralan. Sa karera noong Agosto, siya ang nanalo ng gintong medalya.\n\n\
         Nagkita sina Pedro at Julio sa plaza. Siya ang nagdala ng pagkain.\n\n\
         Ipinagtanggol ni Berto si Lando sa pulong. Siya ang sinisi ng kapitan.",
    );
    let answer = |q: &str| tanong.ask(q, 3).unwrap().answer.map(|a| a.text);
    says(
        &tanong,
        "Sino ang bagong manggagamot ng ospital?",
        "Ramon Villa",
    );
    says(&tanong, "Who won the gold medal?", "Liza");
    // Two people named together: "siya" could be either.
    assert_eq!(answer("Sino ang nagdala ng pagkain?"), None);
    // Two people, one of them the subject (si): that one.
    says(&tanong, "Sino ang sinisi ng kapitan?", "Lando");
}

#[test]
fn a_pronoun_subject_is_not_the_other_name_and_loose_facts_need_a_bare_question() {
    let (corpus, cache) = (tempfile::tempdir().unwrap(), tempfile::tempdir().unwrap());
    let tanong = open_text(
        &corpus,
        &cache,
        "Dumating si Nena sa bayan noong Mayo. Siya ang bagong nars ng klinika, kapalit ni Ginang Rosario Dela Paz.\n\n\
         Nakausap niya ang kaibigan na si Lito tungkol sa ospital.",
    );
    let answer = |q: &str| tanong.ask(q, 3).unwrap().answer.map(|a| a.text);
    // "Siya" is the new nurse, Nena; Rosario is the one she replaced.
    says(&tanong, "Sino ang bagong nars ng klinika?", "Nena");
    // Lito is a friend, not the new friend of the clinic the question asks about.
    assert_ne!(
        answer("Sino ang bagong kaibigan sa klinika?").as_deref(),
        Some("Lito")
    );
}

#[test]
fn titles_answer_who_holds_them_and_answers_share_the_question_words() {
    let (corpus, cache) = (tempfile::tempdir().unwrap(), tempfile::tempdir().unwrap());
    let tanong = open_text(
        &corpus,
        &cache,
        "Nagsalita si Mayor Gloria Tanedo sa plaza tungkol sa bagong palengke.\n\n\
         Si Bert ang unang dumating sa pulong. Umalis si Carlo nang maaga.",
    );
    let answer = |q: &str| tanong.ask(q, 3).unwrap().answer.map(|a| a.text);
    assert_eq!(
        answer("Sino ang mayor?").as_deref(),
        Some("Mayor Gloria Tanedo")
    );
    // The same office in Tagalog.
    assert_eq!(
        answer("Sino ang alkalde?").as_deref(),
        Some("Mayor Gloria Tanedo")
    );
    // Nobody in the text is the vice mayor.
    assert_eq!(answer("Who is the vice mayor?"), None);
    // Carlo's sentence shares no word with the question.
    assert_ne!(
        answer("Sino ang nagsalita sa pulong?").as_deref(),
        Some("Carlo")
    );
}

/// Asserts that tanong answers `question` with a text that holds `part`.
/// The answer to `question` and the rule that found it.
fn answer_and_rule(tanong: &Tanong, question: &str) -> Option<(String, &'static str)> {
    tanong
        .ask(question, 3)
        .unwrap()
        .answer
        .map(|a| (a.text, a.rule))
}

fn says(tanong: &Tanong, question: &str, part: &str) {
    let got = tanong.ask(question, 3).unwrap().answer.map(|a| a.text);
    assert!(
        got.as_deref().is_some_and(|a| a.contains(part)),
        "{question} -> {got:?}, expected {part}"
    );
}

#[test]
fn who_is_questions_describe_and_descriptions_name() {
    let (corpus, cache) = (tempfile::tempdir().unwrap(), tempfile::tempdir().unwrap());
    let tanong = open_text(
        &corpus,
        &cache,
        "Nangako si Dolores na tutulungan niya si Andres sa ani.\n\n\
         Dinala ni Andres ang bata sa klinika, at doon ay ginamot ito ni Estela Ramos, \
         isang doktor na galing sa Maynila. Si Estela ang nagligtas sa bata.",
    );
    let answer = |q: &str| tanong.ask(q, 3).unwrap().answer.map(|a| a.text);
    // Nothing says what Dolores is; Andres is only in her sentence.
    assert_ne!(answer("Who is Dolores?").as_deref(), Some("Andres"));
    // The one the text calls a doctor, and what she is rather than what she did.
    assert_eq!(
        answer("Sino ang doktor na gumamot sa bata?").as_deref(),
        Some("Estela Ramos")
    );
    let work = answer("Ano ang trabaho ni Estela?").unwrap_or_default();
    assert!(work.contains("doktor"), "{work}");
}

#[test]
fn modified_relations_titled_short_names_owners_and_directions() {
    let (corpus, cache) = (tempfile::tempdir().unwrap(), tempfile::tempdir().unwrap());
    let tanong = open_text(
        &corpus,
        &cache,
        "Si Carmen Reyes, ang bunsong anak ni Don Luis Reyes, ay isang doktora sa Iloilo.\n\n\
         Nagkasakit si Don Luis noong tag-ulan. Ang asawa ni Pedro na si Marites ay kaibigan ni Carmen.\n\n\
         Ang madrasta ni Carmen ay si Donya Elena. Tumakas si Berto patungong Davao matapos ang nakawan.",
    );
    let answer = |q: &str| tanong.ask(q, 3).unwrap().answer.map(|a| a.text);
    // "bunsong anak ni Don Luis": the youngest child is still a child.
    says(&tanong, "Sino ang ama ni Carmen?", "Luis Reyes");
    // "Don Luis" is the Don Luis Reyes named in full before.
    let luis = tanong.entities().find("Don Luis").map(|e| e.name.clone());
    assert_eq!(luis.as_deref(), Some("Don Luis Reyes"));
    // Marites is Pedro's wife, not Carmen's.
    assert_eq!(answer("Sino ang asawa ni Carmen?"), None);
    says(&tanong, "Who is Carmen's stepmother?", "Elena");
    says(&tanong, "Saan tumakas si Berto?", "Davao");
}

#[test]
fn descriptions_roles_places_and_clauses() {
    let (corpus, cache) = (tempfile::tempdir().unwrap(), tempfile::tempdir().unwrap());
    let tanong = open_text(
        &corpus,
        &cache,
        "Ang tunay na salarin ay si Ramil Bautista. Naglilingkod si Nilo bilang kusinero sa barko.\n\n\
         Dahil sa bagyo, nanatili si Ramil sa isla ng Palawan.\n\n\
         Nahuli ng mga pulis si Ramil, pero nakaligtas si Nilo.",
    );
    says(&tanong, "Sino yung salarin sa kwento?", "Ramil");
    says(&tanong, "Ano ang trabaho ni Nilo?", "kusinero");
    says(&tanong, "Saan nanatili si Ramil?", "Palawan");
    says(&tanong, "Sino ang nakaligtas?", "Nilo");
}

#[test]
fn owners_of_relations_actors_times_and_main_clauses() {
    let (corpus, cache) = (tempfile::tempdir().unwrap(), tempfile::tempdir().unwrap());
    let tanong = open_text(
        &corpus,
        &cache,
        "Nakatira sa Batangas si Mang Celso kasama ang kanyang mga apo na sina Toni at Bing. \
         Ang kanyang asawa ay si Aling Nena.\n\n\
         Nawala ang kalabaw ni Mang Celso dahil ibinenta ito ni Toni. \
         Sa wakas, umamin si Bing sa kanilang lolo.\n\n\
         Nang dumating si Mang Celso, nagtago si Toni sa kamalig. Siya ang kumuha ng pera.",
    );
    let answer = |q: &str| tanong.ask(q, 3).unwrap().answer.map(|a| a.text);
    // "kanyang asawa" is Mang Celso's wife, not his grandchild's.
    says(&tanong, "Sino ang asawa ni Mang Celso?", "Nena");
    assert_eq!(answer("Sino ang asawa ni Toni?"), None);
    // Asked who sold it: the `ni` actor of "ibinenta ito ni Toni".
    says(&tanong, "Sino ang nagbenta ng kalabaw?", "Toni");
    // "Sa wakas" is a time, not a place.
    assert_eq!(answer("Saan umamin si Bing?"), None);
    // "Siya" after "Nang dumating si Mang Celso, nagtago si Toni …" is Toni.
    says(&tanong, "Sino ang kumuha ng pera?", "Toni");
}

#[test]
fn an_office_names_only_the_person_linked_to_it() {
    let (corpus, cache) = (tempfile::tempdir().unwrap(), tempfile::tempdir().unwrap());
    let tanong = open_text(
        &corpus,
        &cache,
        "Binigyan si Lorna ng gantimpala ng alkalde ng bayan.\n\n\
         Ang kapitan ng baryo na si Kapitan Ador ay dumalo sa pista. \
         Makalipas ang tatlong araw, umuwi si Lorna sa Bicol.",
    );
    let answer = |q: &str| tanong.ask(q, 3).unwrap().answer.map(|a| a.text);
    // Lorna received the prize; the mayor is not named.
    assert_eq!(answer("Sino ang alkalde?"), None);
    says(&tanong, "Sino ang kapitan ng baryo?", "Ador");
    says(&tanong, "Kailan umuwi si Lorna?", "tatlong araw");
}

#[test]
fn amounts_recipients_and_numbers_with_separators() {
    let (corpus, cache) = (tempfile::tempdir().unwrap(), tempfile::tempdir().unwrap());
    let tanong = open_text(
        &corpus,
        &cache,
        "Umabot sa 1,250 katao ang dumalo sa pulong sa Iloilo. Tumagal ng tatlong oras ang pulong.\n\n\
         Ipinamigay ng samahan ang bigas sa mga mangingisda. Ibinigay ni Lola Iska ang kuwintas kay Nora.\n\n\
         Umabot sa 40 metro ang taas ng bagong tore ng simbahan.",
    );
    says(&tanong, "Ilan ang dumalo sa pulong?", "1,250");
    says(&tanong, "Gaano kataas ang tore?", "40 metro");
    says(
        &tanong,
        "Kanino ibinigay ni Lola Iska ang kuwintas?",
        "Nora",
    );
    says(&tanong, "Kanino ipinamigay ang bigas?", "mangingisda");
}

#[test]
fn relation_words_are_nouns_and_places_are_not_people() {
    let (corpus, cache) = (tempfile::tempdir().unwrap(), tempfile::tempdir().unwrap());
    let tanong = open_text(
        &corpus,
        &cache,
        "Si Tessa ay ipinanganak sa Lucena noong 1985. \
         Ang kanyang kapatid na si Ronald ay isang piloto, habang ang kanyang tiyo na si Baste ay isang karpintero.\n\n\
         Sa edad na labing-apat, lumipat si Tessa sa Maynila.",
    );
    let answer = |q: &str| tanong.ask(q, 3).unwrap().answer.map(|a| a.text);
    // Born (ipinanganak) is not a child (anak); Lucena is no one's child.
    assert_eq!(answer("Sino ang anak ni Tessa?"), None);
    says(&tanong, "Saan ipinanganak si Tessa?", "Lucena");
    says(&tanong, "Ano ang trabaho ni Baste?", "karpintero");
    says(
        &tanong,
        "Ilang taon si Tessa nang lumipat sa Maynila?",
        "labing-apat",
    );
}

#[test]
fn a_quoted_title_beside_a_noun_is_its_name() {
    let (corpus, cache) = (tempfile::tempdir().unwrap(), tempfile::tempdir().unwrap());
    let tanong = open_text(
        &corpus,
        &cache,
        "Ang ikalawang nobela ni Amado, \"Mga Ibong Mandaragit,\" ay inilathala noong 1969. \
         Gumanap si Celia sa pelikulang \u{201c}Himala\u{201d} noong 1982.",
    );
    says(
        &tanong,
        "Ano ang ikalawang nobela ni Amado?",
        "Mga Ibong Mandaragit",
    );
    says(&tanong, "Anong pelikula ang ginampanan ni Celia?", "Himala");
}

#[test]
fn a_pronoun_acting_after_the_verb_is_the_person_named_before_it() {
    let (corpus, cache) = (tempfile::tempdir().unwrap(), tempfile::tempdir().unwrap());
    let tanong = open_text(
        &corpus,
        &cache,
        "Si Pia ay isang mananayaw mula sa Cavite. Noong 2019, tumanggap siya ng gintong tropeo.\n\n\
         Galit na galit si Waldo sa kanyang kapatid, kaya sinira niya ang lumang gitara.",
    );
    says(&tanong, "Sino ang tumanggap ng gintong tropeo?", "Pia");
    says(&tanong, "Sino ang sumira sa gitara?", "Waldo");
}

#[test]
fn descriptions_hold_the_names_asked_about_and_described_actors_act() {
    let (corpus, cache) = (tempfile::tempdir().unwrap(), tempfile::tempdir().unwrap());
    let tanong = open_text(
        &corpus,
        &cache,
        "Si Lakan, ang pumatay sa halimaw ng bundok, ay isang mangangaso.\n\n\
         Kinuha ng matandang manggagamot na si Dayang ang mahiwagang perlas mula sa dagat.",
    );
    let answer = |q: &str| tanong.ask(q, 3).unwrap().answer.map(|a| a.text);
    // Lakan killed the monster, not Dayang.
    assert_ne!(answer("Who killed Dayang?").as_deref(), Some("Lakan"));
    says(&tanong, "Sino ang kumuha ng mahiwagang perlas?", "Dayang");
}

#[test]
fn a_relation_said_of_a_pronoun_is_said_of_the_person_before_it() {
    let (corpus, cache) = (tempfile::tempdir().unwrap(), tempfile::tempdir().unwrap());
    let tanong = open_text(
        &corpus,
        &cache,
        "Bumalik sa nayon si Tala matapos ang digmaan. Anak siya ni Datu Kalantiaw.\n\n\
         Dumating sa palasyo si Lakambini. Asawa niya si Rajah Bagani.",
    );
    says(&tanong, "Sino ang ama ni Tala?", "Kalantiaw");
    says(&tanong, "Sino ang asawa ni Lakambini?", "Bagani");
}

#[test]
fn sources_subjects_and_noun_predicates() {
    let (corpus, cache) = (tempfile::tempdir().unwrap(), tempfile::tempdir().unwrap());
    let tanong = open_text(
        &corpus,
        &cache,
        "Ayon kay Kapitan Lito Ramos, nagsimula ang baha bandang hatinggabi.\n\n\
         Malakas na ulan ang dahilan ng pagguho ng tulay.",
    );
    let answer = |q: &str| tanong.ask(q, 3).unwrap().answer.map(|a| a.text);
    // The captain is the source, and the flood started by itself.
    assert_eq!(answer("Sino ang nagsimula ng baha?"), None);
    says(&tanong, "Ano ang dahilan ng pagguho ng tulay?", "ulan");
}

#[test]
fn denied_and_negated_deeds_were_not_done() {
    let (corpus, cache) = (tempfile::tempdir().unwrap(), tempfile::tempdir().unwrap());
    let tanong = open_text(
        &corpus,
        &cache,
        "Nahuli si Engr. Tomas Buenaventura sa bodega. Itinanggi niyang sinira niya ang makina.\n\n\
         Ang hardinero na si Mang Islaw ang nagdilig ng halaman, pero hindi siya ang pumitas ng rosas.\n\n\
         Hindi nakalaro ang kanilang kapitan na si Jomar Velasco dahil sa lagnat.",
    );
    let answer = |q: &str| tanong.ask(q, 3).unwrap().answer.map(|a| a.text);
    // A title of a profession opens the name; the denial clears him.
    assert_ne!(
        answer("Sino ang sumira sa makina?").as_deref(),
        Some("Engr")
    );
    assert!(!answer("Sino ang sumira sa makina?")
        .unwrap_or_default()
        .contains("Tomas"));
    assert!(!answer("Sino ang pumitas ng rosas?")
        .unwrap_or_default()
        .contains("Islaw"));
    // The negation belongs to the playing, not to the captain.
    says(&tanong, "Sino ang kapitan nila?", "Jomar Velasco");
}

#[test]
fn nicknames_times_and_pronouns_for_the_person_asked_about() {
    let (corpus, cache) = (tempfile::tempdir().unwrap(), tempfile::tempdir().unwrap());
    let tanong = open_text(
        &corpus,
        &cache,
        "Ang tumakas na bilanggo ay si Rodrigo, na kilala sa bayan bilang \"Digoy,\" at nagtago siya sa kuweba.\n\n\
         Nang gabing iyon, nasa palengke si Marites sa oras ng sunog.\n\n\
         Ang bagong guro na si Rosalinda ay dumating noong Lunes. Sinundo siya ni Kapitan Oscar sa istasyon ng bus habang umuulan.\n\n\
         Ang abogada na si Carmen Dizon ang humawak ng kaso. Katuwang niya ang batang klerk na si Nilo Bautista.",
    );
    says(&tanong, "What is Rodrigo's nickname?", "Digoy");
    says(&tanong, "Nasaan si Marites nang magkasunog?", "palengke");
    says(&tanong, "Saan sinundo si Rosalinda?", "istasyon");
    let hideout = tanong
        .ask("Saan nagtago si Rodrigo?", 3)
        .unwrap()
        .answer
        .map(|a| a.text)
        .unwrap_or_default();
    assert!(!hideout.contains("bilang"), "{hideout}");
}

#[test]
fn sums_of_money_and_places_of_origin() {
    let (corpus, cache) = (tempfile::tempdir().unwrap(), tempfile::tempdir().unwrap());
    let tanong = open_text(
        &corpus,
        &cache,
        "Ang negosyante na si Arnel Tan ay may pautang na limang daang libong piso sa kooperatiba.\n\n\
         Ang bagong doktor na si Luz Mercado ay dumating mula sa Iloilo. Lumipat siya sa Baguio makalipas ang isang taon.\n\n\
         Tatlong sako ng bigas ang dinala nila sa bodega.",
    );
    says(
        &tanong,
        "Magkano ang pautang ni Arnel Tan?",
        "limang daang libong piso",
    );
    says(&tanong, "Saan galing si Luz Mercado?", "Iloilo");
    says(&tanong, "Where did Luz Mercado come from?", "Iloilo");
    // A count of a thing the text does not count is no sum of money.
    assert_eq!(
        tanong
            .ask("How much gold was in the warehouse?", 3)
            .unwrap()
            .answer
            .map(|a| a.text),
        None
    );
}

#[test]
fn relations_in_oblique_phrases_name_no_one() {
    let (corpus, cache) = (tempfile::tempdir().unwrap(), tempfile::tempdir().unwrap());
    let tanong = open_text(
        &corpus,
        &cache,
        "Nalaman ni Rosa na ang kanyang ina, si Aling Pilar, ay nasa ospital.\n\n\
         Si Dr. Ramil Ocampo ang gumamot sa ina ni Rosa nang walang bayad.",
    );
    says(&tanong, "Sino ang ina ni Rosa?", "Pilar");
    says(&tanong, "Who treated Rosa's mother?", "Ramil");
    says(&tanong, "Sino ang gumamot sa ina ni Rosa?", "Ramil");
}

#[test]
fn whom_a_deed_was_done_to_is_the_verbs_subject() {
    let (corpus, cache) = (tempfile::tempdir().unwrap(), tempfile::tempdir().unwrap());
    let tanong = open_text(
        &corpus,
        &cache,
        "Sa huling kabanata, pinatay ni Haring Lucio si Prinsipe Amado sa gubat.\n\n\
         Nagtago si Berto sa kamalig. Ikinulong siya ni Kapitan Gardo sa kuta habang sumisigaw si Ramon.\n\n\
         Isang umaga, natagpuang sugatan ang mangingisda na si Mang Delfin sa dalampasigan.",
    );
    says(&tanong, "Who was killed?", "Amado");
    says(&tanong, "Sino ang pumatay kay Prinsipe Amado?", "Lucio");
    says(&tanong, "Sino ang ikinulong ni Kapitan Gardo?", "Berto");
    says(&tanong, "Who was jailed?", "Berto");
    says(&tanong, "Who was found wounded on the beach?", "Delfin");
}

#[test]
fn names_given_in_quotes_and_origins_without_sa() {
    let (corpus, cache) = (tempfile::tempdir().unwrap(), tempfile::tempdir().unwrap());
    let tanong = open_text(
        &corpus,
        &cache,
        "Sa ikalawang laro, naka-iskor si Paolo ng apatnapung puntos. Dahil dito, tinawag siyang \"Hari ng Ring\" ng mga tagahanga.\n\n\
         Dumating sa baryo ang guro na si Teodora na bumalik galing Cebu.",
    );
    says(
        &tanong,
        "Ano ang tawag ng mga tagahanga kay Paolo?",
        "Hari ng Ring",
    );
    says(&tanong, "What is Paolo's nickname?", "Hari ng Ring");
    says(&tanong, "Saan galing si Teodora?", "Cebu");
}

#[test]
fn nicknames_inside_names_and_english_words_at_home_in_tagalog() {
    let (corpus, cache) = (tempfile::tempdir().unwrap(), tempfile::tempdir().unwrap());
    let tanong = open_text(
        &corpus,
        &cache,
        "Ang kampeon ng palaro ay si Leonardo \"Nardo\" Villanueva ng Bulacan.\n\n\
         Dumating ang mga pamilya sa evacuation center bago maghatinggabi.",
    );
    says(&tanong, "What is Leonardo Villanueva's nickname?", "Nardo");
    says(&tanong, "Ano ang palayaw ni Leonardo Villanueva?", "Nardo");
    // "families" is at home in Tagalog text too; an English question
    // translates it all the same.
    let families = tanong::analysis::analyze("Where did the families go?")
        .into_iter()
        .find(|t| t.exact == "families")
        .unwrap();
    assert!(families.translations.iter().any(|t| t.stem == "pamilya"));
}

#[test]
fn synonyms_of_the_questions_words_match() {
    let (corpus, cache) = (tempfile::tempdir().unwrap(), tempfile::tempdir().unwrap());
    let tanong = open_text(
        &corpus,
        &cache,
        "Noong Martes ng gabi, tinupok ng apoy ang mga tindahan sa palengke ng San Isidro.\n\n\
         Ginawaran ng parangal si Aling Berta dahil sa kanyang kabaitan.",
    );
    // sunog / apoy, happened as a frame word.
    says(&tanong, "Saan nangyari ang sunog?", "palengke");
    says(&tanong, "Kailan nangyari ang sunog?", "Martes");
}

#[test]
fn what_someone_once_was_is_their_work() {
    let (corpus, cache) = (tempfile::tempdir().unwrap(), tempfile::tempdir().unwrap());
    let tanong = open_text(
        &corpus,
        &cache,
        "Si Bernardo ay dating mangingisda sa Navotas. Ngayon ay may-ari siya ng isang karinderya.",
    );
    says(&tanong, "Ano ang trabaho ni Bernardo?", "mangingisda");
    says(&tanong, "What was Bernardo's job before?", "mangingisda");
}

#[test]
fn parents_named_together_and_a_childs_pronoun() {
    let (corpus, cache) = (tempfile::tempdir().unwrap(), tempfile::tempdir().unwrap());
    let tanong = open_text(
        &corpus,
        &cache,
        "Si Joaquin ay isang magsasaka sa Nueva Ecija. Siya ang bunsong anak nina Mang Dencio at Aling Tessie.\n\n\
         Si Marisol ay anak ni Kapitan Ador.",
    );
    says(&tanong, "Sino ang magulang ni Marisol?", "Ador");
    let parents = tanong
        .ask("Sino ang mga magulang ni Joaquin?", 3)
        .unwrap()
        .facts
        .into_iter()
        .filter(|f| f.relation == "anak")
        .map(|f| f.object)
        .collect::<Vec<_>>();
    assert!(parents.iter().any(|p| p.contains("Dencio")), "{parents:?}");
    assert!(parents.iter().any(|p| p.contains("Tessie")), "{parents:?}");
}

#[test]
fn what_the_person_asked_about_did_it_to() {
    let (corpus, cache) = (tempfile::tempdir().unwrap(), tempfile::tempdir().unwrap());
    let tanong = open_text(
        &corpus,
        &cache,
        "Sa huling araw, umawit si Carmelita ng kundiman, habang umawit si Isagani ng harana.",
    );
    says(&tanong, "Ano ang inawit ni Isagani?", "harana");
    says(&tanong, "What did Carmelita sing?", "kundiman");
}

#[test]
fn clefts_past_an_appositive_and_ordinals_the_text_does_not_count() {
    let (corpus, cache) = (tempfile::tempdir().unwrap(), tempfile::tempdir().unwrap());
    let tanong = open_text(
        &corpus,
        &cache,
        "Sa ikatlong round ng patimpalak, si Rafael Dumlao, isang magsasaka mula sa Ilocos, ang nagwagi.",
    );
    says(&tanong, "Sino ang nagwagi sa ikatlong round?", "Rafael");
    // The text tells of the third round only.
    assert_eq!(
        tanong
            .ask("Sino ang nagwagi sa unang round?", 3)
            .unwrap()
            .answer
            .map(|a| a.text),
        None
    );
}

#[test]
fn who_won_is_who_defeated_not_who_lost() {
    let (corpus, cache) = (tempfile::tempdir().unwrap(), tempfile::tempdir().unwrap());
    let tanong = open_text(
        &corpus,
        &cache,
        "Sa semifinals, natalo si Gerardo Lim sa ikatlong set.\n\n\
         Sa finals, tinalo ni Miguela Santos si Andrea Cruz, 6-4, 6-3.",
    );
    says(&tanong, "Sino ang nanalo sa finals?", "Miguela");
    says(&tanong, "Who won the finals?", "Miguela");
    assert_ne!(
        tanong
            .ask("Sino ang nanalo sa semifinals?", 3)
            .unwrap()
            .answer
            .map(|a| a.text)
            .as_deref(),
        Some("Gerardo Lim")
    );
}

#[test]
fn the_greeting_suggests_only_questions_answered_confidently() {
    let cache = tempfile::tempdir().unwrap();
    let tanong = open_fixture(&cache);
    let suggested = tanong::repl::example_questions(&tanong);
    assert_eq!(
        suggested,
        vec!["Sino ang asawa ni Makisig?", "Who is Makisig's wife?"]
    );
    for question in &suggested {
        let answer = tanong.ask(question, 1).unwrap().answer.unwrap();
        assert!(answer.confidence >= tanong::repl::SUGGESTION_CONFIDENCE);
    }
}

#[test]
fn windows_of_one_long_paragraph_are_numbered_as_its_parts() {
    let sentences: Vec<String> = (0..60)
        .map(|i| format!("Sa ikaw-{i} na araw ay nagtanim si Dakila ng palay sa bukid."))
        .collect();
    let (corpus, cache) = (tempfile::tempdir().unwrap(), tempfile::tempdir().unwrap());
    let text = format!("Maikling simula.\n\n{}\n", sentences.join(" "));
    let tanong = open_text(&corpus, &cache, &text);
    assert_eq!(tanong.part_of(0), None, "a short paragraph is whole");
    let parts: Vec<Option<u64>> = (1..tanong.passage_count())
        .map(|id| tanong.part_of(id))
        .collect();
    let expected: Vec<Option<u64>> = (1..tanong.passage_count()).map(Some).collect();
    assert!(parts.len() >= 2);
    assert_eq!(parts, expected);
    let response = tanong.ask("Ano ang itinanim ni Dakila?", 3).unwrap();
    assert!(response.passages.iter().all(|p| p.part.is_some()));
}

#[test]
fn a_deed_in_a_clause_below_the_question_is_not_what_it_asks() {
    let (corpus, cache) = (tempfile::tempdir().unwrap(), tempfile::tempdir().unwrap());
    let tanong = open_text(
        &corpus,
        &cache,
        "Binaril ni Dakila si Bituin sa gubat.\n\nSa kabutihang palad, iniligtas ni Ligaya si Bituin at dinala siya sa bayan.\n",
    );
    for question in [
        "Who saved Bituin after he was shot?",
        "Sino ang nagligtas kay Bituin matapos siyang barilin?",
    ] {
        let answer = tanong.ask(question, 3).unwrap().answer;
        assert_eq!(
            answer.as_ref().map(|a| a.text.as_str()),
            Some("Ligaya"),
            "{question}: {answer:?}"
        );
    }
}

#[test]
fn a_namesake_of_the_person_asked_about_is_no_answer() {
    let (corpus, cache) = (tempfile::tempdir().unwrap(), tempfile::tempdir().unwrap());
    let tanong = open_text(
        &corpus,
        &cache,
        "Natagpuang walang buhay si Michael Ogatez sa loob ng kanyang taxi sa Pasay.\n\n\
         Nag-rally ang mga tao dahil sa pagkamatay ni Michael Brown, na binaril ng isang pulis.\n",
    );
    let answer = tanong
        .ask("Sino ang pumatay kay Michael Ogatez?", 3)
        .unwrap()
        .answer;
    assert!(
        answer.as_ref().is_none_or(|a| a.text != "Michael Brown"),
        "{answer:?}"
    );
}

#[test]
fn an_untranslated_english_word_finds_its_cognate() {
    let (corpus, cache) = (tempfile::tempdir().unwrap(), tempfile::tempdir().unwrap());
    let tanong = open_text(
        &corpus,
        &cache,
        "Si Ana ay magsasaka sa bayan.\n\nNang bata pa, si Ana ay naging sundalo sa artillería ng hukbo.\n",
    );
    let response = tanong.ask("Was Ana an artilleryman?", 3).unwrap();
    let first = &response.passages[0];
    assert!(first.text.contains("artillería"), "{}", first.text);
}

#[test]
fn an_english_word_is_searched_first_as_its_translation() {
    let (corpus, cache) = (tempfile::tempdir().unwrap(), tempfile::tempdir().unwrap());
    let tanong = open_text(
        &corpus,
        &cache,
        "Sold out ang mga ticket ng concert ng Full House sa New York.\n\nBago ang bahay.\n",
    );
    let response = tanong.ask("Is the house new?", 3).unwrap();
    assert_eq!(response.passages[0].text, "Bago ang bahay.");
    // A Taglish text may still say the English word itself.
    let response = tanong.ask("Were the tickets sold out?", 3).unwrap();
    assert!(response.passages[0].text.starts_with("Sold out"));
}

#[test]
fn sums_of_money_are_read_as_news_writes_them() {
    let (corpus, cache) = (tempfile::tempdir().unwrap(), tempfile::tempdir().unwrap());
    let tanong = open_text(
        &corpus,
        &cache,
        "Noong 2009 ay nagdeklara ang kumpanya ng kita na umabot sa P43.2 milyon.\n\n\
         Nagkakahalaga ang bawat cake ng P308 ayon sa tatlong dokumento.\n\n\
         Nakalikom ang komedyante ng mahigit $1 million para sa kawanggawa.\n\n\
         Noong 2011 ay nagbukas ang panaderya sa Makati.\n",
    );
    let ask = |q: &str| answer_and_rule(&tanong, q);
    assert_eq!(
        ask("Magkano ang bawat cake?"),
        Some(("P308".to_string(), "count"))
    );
    assert_eq!(
        ask("How much income did the company declare?"),
        Some(("P43.2 milyon".to_string(), "count"))
    );
    assert_eq!(
        ask("Magkano ang nalikom ng komedyante?"),
        Some(("1 million".to_string(), "count"))
    );
    // A year is no price.
    assert_eq!(ask("Magkano ang panaderya sa Makati?"), None);
}

#[test]
fn who_is_answered_with_a_person_before_a_nearer_name() {
    let (corpus, cache) = (tempfile::tempdir().unwrap(), tempfile::tempdir().unwrap());
    let tanong = open_text(
        &corpus,
        &cache,
        "Inihayag ni Maria Santos na engaged na siya sa bida ng Batang Quiapo na si Carlo Reyes.\n",
    );
    let ask = |q: &str| answer_and_rule(&tanong, q);
    assert_eq!(
        ask("Who is Maria Santos engaged to?"),
        Some(("Carlo Reyes".to_string(), "sentence-span"))
    );
}

#[test]
fn a_rank_written_short_keeps_its_name_whole() {
    let (corpus, cache) = (tempfile::tempdir().unwrap(), tempfile::tempdir().unwrap());
    let tanong = open_text(
        &corpus,
        &cache,
        "Ayon kay Senior Insp. Jose Cruz, hepe ng Investigation Section ng Batangas City Police, dinakip ang suspek sa utos ni Judge Ana Reyes.\n",
    );
    let ask = |q: &str| answer_and_rule(&tanong, q);
    assert_eq!(
        ask("Sino ang hepe ng Investigation Section ng Batangas City Police?"),
        Some(("Senior Insp. Jose Cruz".to_string(), "sentence-span"))
    );
}

#[test]
fn a_span_from_a_sentence_that_matched_less_is_said_with_less_confidence() {
    let confidence = |text: &str| {
        let (corpus, cache) = (tempfile::tempdir().unwrap(), tempfile::tempdir().unwrap());
        let tanong = open_text(&corpus, &cache, text);
        let answer = tanong
            .ask(
                "Kailan dumating si Ana Cruz sa Maynila na may dalang maleta?",
                3,
            )
            .unwrap()
            .answer
            .unwrap();
        assert_eq!(answer.text, "noong 1990");
        answer.confidence
    };
    let told_where_asked =
        confidence("Dumating si Ana Cruz sa Maynila na may dalang maleta noong 1990.\n");
    // The sentence that holds the question's words tells no time; the
    // time comes from the next.
    let told_after = confidence(
        "Dumating si Ana Cruz sa Maynila na may dalang maleta at payong. Si Ana Cruz ay dumating noong 1990.\n",
    );
    assert!(told_after < 0.75, "{told_after}");
    assert!(
        told_after < told_where_asked,
        "{told_after} {told_where_asked}"
    );
}

#[test]
fn a_colour_asked_for_is_a_colour_or_no_answer() {
    let (corpus, cache) = (tempfile::tempdir().unwrap(), tempfile::tempdir().unwrap());
    let tanong = open_text(
        &corpus,
        &cache,
        "Pula ang bola ng mga bata at gawa ito sa goma.\n\n\
         Ang bola ng sipa ay yari sa yantok na tinilad. Wala ng laman ang loob. \
         Dahil dito ay magaan ang sipa, hindi gaya ng bola sa beysbol.\n",
    );
    let ask = |q: &str| answer_and_rule(&tanong, q).map(|(text, _)| text);
    assert_eq!(
        ask("Anong kulay ang bola ng mga bata?").as_deref(),
        Some("Pula")
    );
    // Bloomfield: "Dáhil díto ay magaàn ang sípa`" tells its weight.
    assert_eq!(ask("What color is the sipa ball?"), None);
}

#[test]
fn ages_are_read_as_news_writes_them() {
    let (corpus, cache) = (tempfile::tempdir().unwrap(), tempfile::tempdir().unwrap());
    let tanong = open_text(
        &corpus,
        &cache,
        "Nasawi ang tricycle driver na si Andres Bautista, 45, matapos mabangga ng trak sa Batangas.\n\n\
         Dinakip ng mga pulis ang 19-anyos na si Pedro Reyes dahil sa pagnanakaw ng cellphone.\n\n\
         Limang taon nagtrabaho si Andres Bautista bilang tsuper bago siya nasawi.\n",
    );
    let ask = |q: &str| answer_and_rule(&tanong, q);
    for question in [
        "Ilang taon si Andres Bautista?",
        "How old was Andres Bautista?",
    ] {
        assert_eq!(ask(question), Some(("45".to_string(), "age")), "{question}");
    }
    assert_eq!(
        ask("Ano ang edad ni Pedro Reyes?"),
        Some(("19-anyos".to_string(), "age"))
    );
    // Years of a deed are a count, not an age.
    assert_ne!(
        ask("Ilang taon nagtrabaho si Andres Bautista?").map(|(_, rule)| rule),
        Some("age")
    );
}

#[test]
fn names_after_a_plural_marker_answer_together() {
    let (corpus, cache) = (tempfile::tempdir().unwrap(), tempfile::tempdir().unwrap());
    let tanong = open_text(
        &corpus,
        &cache,
        "Kabilang sa mga natanggap sa job fair sa Quezon City sina Marjorie Santos, \
         Jill Cruz at Kimberly Reyes.\n",
    );
    let answer = tanong
        .ask("Sino ang mga natanggap sa job fair?", 3)
        .unwrap()
        .answer
        .map(|a| a.text);
    assert_eq!(
        answer.as_deref(),
        Some("Marjorie Santos, Jill Cruz at Kimberly Reyes")
    );
}

#[test]
fn a_person_asked_by_description_is_the_name_after_the_texts_description() {
    let (corpus, cache) = (tempfile::tempdir().unwrap(), tempfile::tempdir().unwrap());
    let tanong = open_text(
        &corpus,
        &cache,
        "Dumating sa bayan ang bagong kura paroko na si Padre Jose Lungsod.\n\n\
         Nagturo ng awit ang masipag na guro ni Pedro na si Ana Cruz.\n\n\
         Nagsanay si Marco sa ilalim ng bago niyang fitness coach na si Alex Santos.\n",
    );
    let ask = |q: &str| answer_and_rule(&tanong, q);
    assert_eq!(
        ask("Sinong bagong kura paroko ang dumating?"),
        Some(("Padre Jose Lungsod".to_string(), "named-description"))
    );
    // An English possessive names the owner before the description.
    assert_eq!(
        ask("Who is Marco's new fitness coach?"),
        Some(("Alex Santos".to_string(), "named-description"))
    );
    // Pedro's teacher is not "the hardworking teacher" of a question that
    // does not name Pedro.
    assert_ne!(
        ask("Sino ang masipag na guro?").map(|(_, rule)| rule),
        Some("named-description")
    );
}

#[test]
fn names_are_read_where_the_text_tells_them() {
    let (corpus, cache) = (tempfile::tempdir().unwrap(), tempfile::tempdir().unwrap());
    let tanong = open_text(
        &corpus,
        &cache,
        "Isang magsasakang nagngangalang Tomas Bautista ang nakakita ng ginto sa bukid.\n\n\
         Kinatakutan sa buong lalawigan ang pangalang mabangis ni Kidlat.\n\n\
         Juan Dela Cruz ang pangalan ng bagong guro sa paaralan. Taga-Batangas si Juan.\n\n\
         Tumayo ang binata sa harap ng mga panauhin: ang pangalan ko'y Pedro Ibarra at Lino!\n",
    );
    let ask = |q: &str| answer_and_rule(&tanong, q);
    let told = |name: &str| Some((name.to_string(), "told-name"));
    assert_eq!(
        ask("Ano ang pangalan ng magsasakang nakakita ng ginto?"),
        told("Tomas Bautista")
    );
    assert_eq!(
        ask("Anong pangalan ang kinatakutan sa lalawigan?"),
        told("Kidlat")
    );
    assert_eq!(
        ask("Ano ang pangalan ng bagong guro?"),
        told("Juan Dela Cruz")
    );
    // Asked for someone's whole name, the name told holds the one asked.
    assert_eq!(
        ask("Ano ang buong pangalan ni Ibarra?"),
        told("Pedro Ibarra at Lino")
    );
}

#[test]
fn clock_times_are_read_in_todays_and_older_spellings() {
    let (corpus, cache) = (tempfile::tempdir().unwrap(), tempfile::tempdir().unwrap());
    let tanong = open_text(
        &corpus,
        &cache,
        "Naramdaman ang lindol sa Batangas alas-8:55 ng gabi.\n\n\
         Pumaroon kayo sa simbahan bukas ng á las ocho upang makinig ng misa.\n\n\
         Dumaong ang barko sa pantalan nang alasdos nang hapon.\n",
    );
    let ask = |q: &str| answer_and_rule(&tanong, q);
    assert_eq!(
        ask("Anong oras naramdaman ang lindol sa Batangas?"),
        Some(("alas-8:55 ng gabi".to_string(), "clock-time"))
    );
    assert_eq!(
        ask("What time should they go to the church?"),
        Some(("á las ocho".to_string(), "clock-time"))
    );
    // The hour written onto alas, and the older nang.
    assert_eq!(
        ask("Anong oras dumaong ang barko?"),
        Some(("alasdos nang hapon".to_string(), "clock-time"))
    );
}

#[test]
fn what_a_text_calls_the_thing_asked_about() {
    let (corpus, cache) = (tempfile::tempdir().unwrap(), tempfile::tempdir().unwrap());
    let tanong = open_text(
        &corpus,
        &cache,
        "Iginawad ng samahan sa paaralan ang titulo ng \"Huwarang Paaralan\" ngayong taon.\n\n\
         Binaha ang Candaba dahil sa pag-apaw ng Pampanga River.\n\n\
         Ipinagdiriwang ang pista ni San Roque sa mga bayan sa lalawigan nang Batangas.\n\n\
         Kumuha si Rosa ng mga dahon ng bayabas para sa sugat ng kapatid.\n\n\
         Kinilala ng Manila Times newspaper ang lalaking tumakas sa kulungan.\n",
    );
    let ask = |q: &str| answer_and_rule(&tanong, q);
    // A name before an English noun, in English order.
    assert_eq!(
        ask("Which newspaper identified the man who escaped from jail?"),
        Some(("Manila Times".to_string(), "named-instance"))
    );
    assert_eq!(
        ask("What title was given to the school?"),
        Some(("Huwarang Paaralan".to_string(), "named-instance"))
    );
    assert_eq!(
        ask("Anong ilog ang umapaw sa Candaba?"),
        Some(("Pampanga River".to_string(), "named-instance"))
    );
    // The older spelling's genitive, and before any clause guess.
    assert_eq!(
        ask("In which province is the feast of San Roque celebrated?"),
        Some(("Batangas".to_string(), "named-instance"))
    );
    // A kind asked for: the noun with what specifies it.
    assert_eq!(
        ask("Anong klaseng leaves ang kinuha ni Rosa?"),
        Some(("dahon ng bayabas".to_string(), "named-instance"))
    );
}

#[test]
fn a_date_keeps_its_year_after_the_comma() {
    let (corpus, cache) = (tempfile::tempdir().unwrap(), tempfile::tempdir().unwrap());
    let tanong = open_text(
        &corpus,
        &cache,
        "Ang halalan ay orihinal na itinakda noong Oktubre 28, 2013 pero ipinagpaliban ito.\n\n\
         Nagdaos ng pista ang bayan, nang magtatapos ang Mayo, sa harap ng simbahan.\n",
    );
    says(
        &tanong,
        "Kailan orihinal na itinakda ang halalan?",
        "Oktubre 28, 2013",
    );
    // A month told by what happens to it is said from the clause's cue.
    says(
        &tanong,
        "Kailan nagdaos ng pista ang bayan?",
        "nang magtatapos ang Mayo",
    );
}

#[test]
fn what_something_is_called_is_the_quotation_after_calling() {
    let (corpus, cache) = (tempfile::tempdir().unwrap(), tempfile::tempdir().unwrap());
    let tanong = open_text(
        &corpus,
        &cache,
        "Maitim ang balat ni Andres. Siya ang tinatawag ng mga kapitbahay na \"anak ng araw\" dahil dito.\n\n\
         Hindi tinawag ni Pedro ang kanyang kabayo ng \"kabayo\" kundi \"kaibigan ng bukid\" sapagkat mahal niya ito.\n",
    );
    let ask = |q: &str| answer_and_rule(&tanong, q);
    let called = |a: &str| Some((a.to_string(), "called"));
    assert_eq!(
        ask("Paano tinatawag ng mga kapitbahay si Andres?"),
        called("anak ng araw")
    );
    // "not X but Y": Y.
    assert_eq!(
        ask("Ano ang itinatawag ni Pedro sa kanyang kabayo?"),
        called("kaibigan ng bukid")
    );
}

#[test]
fn a_question_the_text_asks_states_no_answer() {
    let (corpus, cache) = (tempfile::tempdir().unwrap(), tempfile::tempdir().unwrap());
    let tanong = open_text(
        &corpus,
        &cache,
        "Tinatawag po ba ninyong tinola ang bungang kahoy na kahawig ng loto? \
         Hindi ko po alam.\n\n\
         Dumating ang mga panauhin sa bahay ni Kapitan Tiago.",
    );
    // Noli: the guest asks whether tinola is a fruit; the text never says
    // what it is.
    assert_eq!(
        tanong
            .ask("Ano ang tinola?", 3)
            .unwrap()
            .answer
            .map(|a| a.text),
        None
    );
}

#[test]
fn the_age_of_one_a_noun_describes() {
    let (corpus, cache) = (tempfile::tempdir().unwrap(), tempfile::tempdir().unwrap());
    let tanong = open_text(
        &corpus,
        &cache,
        "Sinabi ng pulis na ang suspek ay 46-taong gulang, may asawa at mga anak.\n\n\
         Dinala ang suspek sa himpilan ng pulisya.",
    );
    // Real news: "… na ang suspek ay 46-taong gulang, may asawa …".
    assert_eq!(
        answer_and_rule(&tanong, "Ilang taon na ang suspek?"),
        Some(("46-taong".to_string(), "age"))
    );
}

#[test]
fn an_office_written_before_the_name_after_its_body() {
    let (corpus, cache) = (tempfile::tempdir().unwrap(), tempfile::tempdir().unwrap());
    let tanong = open_text(
        &corpus,
        &cache,
        "Kanselado ang number coding sa Abril 1, ayon kay MMDA Chairman Francis Tolentino.\n\n\
         Nagsalita rin sa pulong si DepEd Secretary Leonor Briones tungkol sa matrikula.",
    );
    // Real news: "… pahayag ni MMDA Chairman Francis Tolentino."
    assert_eq!(
        answer_and_rule(&tanong, "Sino ang chairman ng MMDA?"),
        Some(("Francis Tolentino".to_string(), "office"))
    );
    assert_eq!(
        answer_and_rule(&tanong, "Who is the DepEd secretary?"),
        Some(("Leonor Briones".to_string(), "office"))
    );
}

#[test]
fn a_count_in_another_ones_clause_is_not_the_asked_ones() {
    let (corpus, cache) = (tempfile::tempdir().unwrap(), tempfile::tempdir().unwrap());
    let tanong = open_text(
        &corpus,
        &cache,
        "Isinalansan ni Marc Gasol ang unang 7 puntos sa overtime, habang nagposte si \
         Zach Randolph ng 27 puntos at 17 rebounds.\n\n\
         Nanalo ang Memphis Grizzlies kahapon.",
    );
    // Real news: the 17 rebounds are Randolph's; the text gives none of Gasol's.
    assert_eq!(
        tanong
            .ask("How many rebounds did Marc Gasol grab?", 3)
            .unwrap()
            .answer
            .map(|a| a.text),
        None
    );
    assert_eq!(
        answer_and_rule(&tanong, "Ilang rebounds ang naitala ni Zach Randolph?"),
        Some(("17 rebounds".to_string(), "count"))
    );
}
