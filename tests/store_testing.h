// Helpers of the store's end-to-end tests: a temporary directory, a
// deterministic corpus of JSONL articles (with new versions, repeats and
// bad lines), and the real `vigie` binary run with a time limit.
#ifndef VIGIE_TESTS_STORE_TESTING_H_
#define VIGIE_TESTS_STORE_TESTING_H_

#include <poll.h>
#include <pty.h>
#include <sys/wait.h>
#include <unistd.h>

#include <chrono>
#include <csignal>
#include <cstdint>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>
#include <vector>

namespace vigie::testing {

namespace fs = std::filesystem;

inline std::string ReadFile(const fs::path& p) {
  std::ifstream in(p, std::ios::binary);
  std::stringstream ss;
  ss << in.rdbuf();
  return ss.str();
}

inline std::string ShellQuote(const std::string& s) {
  std::string out = "'";
  for (char c : s) {
    if (c == '\'') {
      out += "'\\''";
    } else {
      out.push_back(c);
    }
  }
  return out + "'";
}

struct RunResult {
  int status = -1;  // exit status; 128 + N when killed by signal N
  std::string out, err;
};

// Runs `vigie <args>` with stdin from /dev/null.
inline RunResult Vigie(const fs::path& dir, const std::vector<std::string>& args, int timeout = 300) {
  std::string cmd = "timeout " + std::to_string(timeout) + " " + ShellQuote(VIGIE_BINARY);
  for (const std::string& a : args) cmd += " " + ShellQuote(a);
  fs::path out = dir / "run.out", err = dir / "run.err";
  cmd += " > " + ShellQuote(out.string()) + " 2> " + ShellQuote(err.string()) + " < /dev/null";
  int raw = std::system(cmd.c_str());
  RunResult r;
  r.status = WIFEXITED(raw) ? WEXITSTATUS(raw) : 128 + WTERMSIG(raw);
  r.out = ReadFile(out);
  r.err = ReadFile(err);
  return r;
}

// Runs `vigie <args>` in `dir` with standard output and standard error on
// a pseudo-terminal, as a person at a terminal does; `out` gets what the
// terminal received (both streams, with CR LF line ends). Killed after
// `timeout` seconds (status 128 + 9).
inline RunResult VigieOnTerminal(const fs::path& dir, const std::vector<std::string>& args,
                                 int timeout = 300) {
  RunResult r;
  int master = -1;
  pid_t pid = forkpty(&master, nullptr, nullptr, nullptr);
  if (pid < 0) return r;
  if (pid == 0) {
    if (chdir(dir.c_str()) != 0) _exit(127);
    std::vector<std::string> copy = args;
    std::string binary = VIGIE_BINARY;
    std::vector<char*> argv = {binary.data()};
    for (std::string& a : copy) argv.push_back(a.data());
    argv.push_back(nullptr);
    execv(binary.c_str(), argv.data());
    _exit(127);
  }
  const auto deadline = std::chrono::steady_clock::now() + std::chrono::seconds(timeout);
  char buffer[4096];
  while (true) {
    pollfd p{master, POLLIN, 0};
    if (std::chrono::steady_clock::now() > deadline) {
      kill(pid, SIGKILL);
      break;
    }
    if (poll(&p, 1, 100) <= 0) continue;
    ssize_t n = read(master, buffer, sizeof buffer);
    if (n <= 0) break;  // EIO: the child closed the terminal
    r.out.append(buffer, static_cast<size_t>(n));
  }
  int raw = 0;
  waitpid(pid, &raw, 0);
  close(master);
  r.status = WIFEXITED(raw) ? WEXITSTATUS(raw) : 128 + WTERMSIG(raw);
  return r;
}

// A small deterministic generator (xorshift), so that corpora are the same
// on every machine.
class Rng {
 public:
  explicit Rng(uint64_t seed) : s_(seed * 0x9E3779B97F4A7C15ull + 1) {}
  uint64_t Next() {
    s_ ^= s_ << 13;
    s_ ^= s_ >> 7;
    s_ ^= s_ << 17;
    return s_;
  }
  size_t Below(size_t n) { return static_cast<size_t>(Next() % n); }

 private:
  uint64_t s_;
};

inline std::string Sentence(Rng* rng) {
  static const char* kSubjects[] = {"Le ministre", "La préfète", "Les réfugiés", "L'armée",
                                    "Le conseil municipal", "Les habitants d'Alep",
                                    "L'ONU", "Une ONG", "Le porte-parole", "Les médecins"};
  static const char* kVerbs[] = {"a annoncé", "dénoncent", "a confirmé", "réclament",
                                 "ont observé", "a démenti", "prépare", "accueillent"};
  static const char* kObjects[] = {"une trêve humanitaire", "des livraisons de munitions",
                                   "l'évacuation des civils", "un nouveau budget",
                                   "des négociations à Genève", "la fermeture des écoles",
                                   "un couloir humanitaire", "des bombardements"};
  static const char* kTails[] = {"mardi soir", "selon l'AFP", "dans un communiqué",
                                 "malgré les critiques", "à Mossoul", "depuis lundi",
                                 "pour la troisième fois", "sans préciser de date"};
  return std::string(kSubjects[rng->Below(10)]) + " " + kVerbs[rng->Below(8)] + " " +
         kObjects[rng->Below(8)] + " " + kTails[rng->Below(8)] + ", " +
         std::to_string(rng->Below(900) + 10) + " personnes concernées.";
}

inline std::string JsonString(const std::string& s) {
  std::string out = "\"";
  for (char c : s) {
    if (c == '"' || c == '\\') out.push_back('\\');
    if (c == '\n') {
      out += "\\n";
      continue;
    }
    out.push_back(c);
  }
  return out + "\"";
}

struct CorpusStats {
  int articles = 0, versions = 0, repeats = 0, bad_lines = 0;
};

// Writes `files` JSONL files of about `articles` / `files` articles each to
// `dir`: every 40th article comes back later with one more paragraph (a new
// version, same URL), every 60th comes back unchanged, and each file holds
// one line that is not JSON.
inline CorpusStats WriteCorpus(const fs::path& dir, int articles, int files, uint64_t seed) {
  fs::create_directories(dir);
  Rng rng(seed);
  std::vector<std::string> lines, later;
  CorpusStats stats;
  for (int i = 0; i < articles; ++i) {
    std::string text;
    int paragraphs = 3 + static_cast<int>(rng.Below(5));
    for (int p = 0; p < paragraphs; ++p) {
      if (p) text += "\n\n";
      for (int s = 0; s < 3; ++s) text += (s ? " " : "") + Sentence(&rng);
    }
    std::string url = "https://www.exemple-" + std::to_string(i % 7) + ".fr/2016/11/article-" +
                      std::to_string(i);
    auto line = [&](const std::string& body) {
      return "{\"url\": " + JsonString(url) + ", \"title\": " +
             JsonString("Article " + std::to_string(i) + " : " + Sentence(&rng).substr(0, 40)) +
             ", \"published\": \"2016-" + std::to_string(10 + i % 3) + "-" +
             std::to_string(10 + i % 18) + "\", \"authors\": [\"Jeanne Martin\"], \"text\": " +
             JsonString(body) + "}";
    };
    std::string first = line(text);
    lines.push_back(first);
    ++stats.articles;
    if (i % 40 == 7) {
      later.push_back(line(text + "\n\nMise à jour : " + Sentence(&rng)));
      ++stats.versions;
    } else if (i % 60 == 11) {
      later.push_back(first);
      ++stats.repeats;
    }
  }
  lines.insert(lines.end(), later.begin(), later.end());
  size_t per_file = (lines.size() + files - 1) / files;
  for (int f = 0; f < files; ++f) {
    std::ofstream out(dir / ("crawl-" + std::to_string(f) + ".jsonl"), std::ios::binary);
    for (size_t k = f * per_file; k < lines.size() && k < (f + 1) * per_file; ++k) {
      out << lines[k] << "\n";
      if (k == f * per_file + 3) {
        out << "{\"url\": \"https://broken.example/" << f << "\", \"text\": \"unterminated\n";
        ++stats.bad_lines;
      }
    }
  }
  return stats;
}

}  // namespace vigie::testing

#endif  // VIGIE_TESTS_STORE_TESTING_H_
