/*
 * normalize.c: the normalizer behind backlog.normalize() and backlog.fingerprint().
 *
 * Three linear passes:
 *
 * 1. fold_text(): decode UTF-8, fold case and accents (Latin, Greek, Cyrillic, full-width
 *    forms; table in normalize_fold.h), drop combining marks and zero-width characters, turn
 *    every kind of line break into '\n' and every other space or control character into ' '.
 *    Folding never makes a text longer, so the folded copy fits in len + 1 bytes.
 *
 * 2. The line pass in bl_normalize(): each folded line is classified (quoted reply header,
 *    quote line, forward marker, mail header block, signature, sign-off, disclaimer, help-centre
 *    footer, chat scaffolding, greeting...) by comparing its start or end with short phrase
 *    lists. A line is looked at a bounded number of times (header blocks look ahead at most
 *    HEADER_LOOKAHEAD lines), so there is no backtracking and no quadratic case.
 *
 * 3. emit_tokens(): what survives is cut into tokens; URLs, e-mail addresses, numbers and
 *    identifiers are replaced by <url>, <email>, <num>, <id>; punctuation goes; tokens are
 *    joined by single spaces. Runs of scripts without spaces (Japanese, Chinese, Thai...) are
 *    kept whole, separated from neighbouring Latin words by a space. bl_normalize_codes()
 *    also notes the error codes and identifiers among these tokens (see "Codes" below).
 *
 * The phrase lists hold folded text (lower case, no accents), as the lines they are compared
 * with. Changing any rule changes fingerprints: bump BL_FP_VERSION in fingerprint.h then.
 */
#include <stdbool.h>
#include <stdint.h>
#include <string.h>

#include "bl_alloc.h"
#include "bl_buf.h"
#include "normalize.h"
#include "normalize_fold.h"

/* How many lines after a "From:" line may hold the "Sent:"/"Date:" line of a header block. */
#define HEADER_LOOKAHEAD	6

/* Greetings are looked for in the first lines of each message only. */
#define GREETING_LINES		2

/* ---------------------------------------------------------------------------------------------
 * UTF-8 and character classes
 * ------------------------------------------------------------------------------------------- */

int
bl_utf8_decode(const unsigned char *s, size_t n, unsigned int *cp)
{
	unsigned int c = s[0];
	unsigned int v;
	int			len;
	int			i;

	if (c < 0x80)
	{
		*cp = c;
		return 1;
	}
	if (c >= 0xC2 && c <= 0xDF)
	{
		len = 2;
		v = c & 0x1F;
	}
	else if (c >= 0xE0 && c <= 0xEF)
	{
		len = 3;
		v = c & 0x0F;
	}
	else if (c >= 0xF0 && c <= 0xF4)
	{
		len = 4;
		v = c & 0x07;
	}
	else
		return 0;
	if ((size_t) len > n)
		return 0;
	for (i = 1; i < len; i++)
	{
		if ((s[i] & 0xC0) != 0x80)
			return 0;
		v = (v << 6) | (s[i] & 0x3F);
	}
	/* overlong forms, surrogates, beyond Unicode */
	if ((len == 3 && v < 0x800) || (len == 4 && (v < 0x10000 || v > 0x10FFFF)) ||
		(v >= 0xD800 && v <= 0xDFFF))
		return 0;
	*cp = v;
	return len;
}

static int
utf8_encode(unsigned int cp, char *out)
{
	if (cp < 0x80)
	{
		out[0] = (char) cp;
		return 1;
	}
	if (cp < 0x800)
	{
		out[0] = (char) (0xC0 | (cp >> 6));
		out[1] = (char) (0x80 | (cp & 0x3F));
		return 2;
	}
	if (cp < 0x10000)
	{
		out[0] = (char) (0xE0 | (cp >> 12));
		out[1] = (char) (0x80 | ((cp >> 6) & 0x3F));
		out[2] = (char) (0x80 | (cp & 0x3F));
		return 3;
	}
	out[0] = (char) (0xF0 | (cp >> 18));
	out[1] = (char) (0x80 | ((cp >> 12) & 0x3F));
	out[2] = (char) (0x80 | ((cp >> 6) & 0x3F));
	out[3] = (char) (0x80 | (cp & 0x3F));
	return 4;
}

int
bl_is_nospace_cp(unsigned int cp)
{
	return (cp >= 0x3040 && cp <= 0x30FA) ||	/* Hiragana, Katakana */
		(cp >= 0x30FC && cp <= 0x30FF) ||	/* prolonged sound mark, iteration marks */
		(cp >= 0x31F0 && cp <= 0x31FF) ||
		(cp >= 0x3400 && cp <= 0x4DBF) ||	/* CJK Extension A */
		(cp >= 0x4E00 && cp <= 0x9FFF) ||	/* CJK Unified Ideographs */
		(cp >= 0xF900 && cp <= 0xFAFF) ||
		(cp >= 0xFF66 && cp <= 0xFF9F) ||	/* half-width Katakana */
		(cp >= 0x20000 && cp <= 0x3FFFF) ||
		(cp >= 0x0E00 && cp <= 0x0EFF) ||	/* Thai, Lao */
		(cp >= 0x1000 && cp <= 0x109F) ||	/* Myanmar */
		(cp >= 0x1780 && cp <= 0x17FF);	/* Khmer */
}

typedef enum CharClass
{
	CC_SPACE,					/* space, punctuation, symbols: separate tokens */
	CC_LETTER,
	CC_DIGIT,
	CC_NOSPACE					/* a letter of a script written without spaces */
} CharClass;

static CharClass
char_class(unsigned int cp)
{
	if (cp < 0x80)
	{
		if (cp >= 'a' && cp <= 'z')
			return CC_LETTER;
		if (cp >= '0' && cp <= '9')
			return CC_DIGIT;
		if (cp >= 'A' && cp <= 'Z')
			return CC_LETTER;
		return CC_SPACE;
	}
	if ((cp >= 0x0660 && cp <= 0x0669) || (cp >= 0x06F0 && cp <= 0x06F9) ||
		(cp >= 0x0966 && cp <= 0x096F))
		return CC_DIGIT;
	if (bl_is_nospace_cp(cp))
		return CC_NOSPACE;
	if ((cp <= 0xBF && cp != 0xAA && cp != 0xB5 && cp != 0xBA) ||
		cp == 0xD7 || cp == 0xF7 ||
		(cp >= 0x2000 && cp <= 0x2BFF) ||	/* punctuation, symbols, arrows, math, boxes */
		(cp >= 0x2E00 && cp <= 0x2E7F) ||
		(cp >= 0x3000 && cp <= 0x303F) ||	/* CJK punctuation */
		cp == 0x30FB ||
		(cp >= 0xE000 && cp <= 0xF8FF) ||	/* private use */
		(cp >= 0xFE10 && cp <= 0xFE1F) ||
		(cp >= 0xFE30 && cp <= 0xFE6F) ||
		(cp >= 0xFF00 && cp <= 0xFF65) ||
		(cp >= 0xFFF0 && cp <= 0xFFFF) ||
		(cp >= 0x1F000 && cp <= 0x1FAFF))	/* emoji and pictographs */
		return CC_SPACE;
	return CC_LETTER;
}

/* Class of the character at s[0..n), n >= 1; *len receives its byte length. */
static CharClass
class_at(const char *s, size_t n, int *len)
{
	unsigned int cp;
	int			l = bl_utf8_decode((const unsigned char *) s, n, &cp);

	if (l == 0)
	{
		*len = 1;
		return CC_SPACE;
	}
	*len = l;
	return char_class(cp);
}

static bool
is_word_class(CharClass c)
{
	return c == CC_LETTER || c == CC_DIGIT || c == CC_NOSPACE;
}

/* ---------------------------------------------------------------------------------------------
 * Pass 1: folding
 * ------------------------------------------------------------------------------------------- */

static const BlFold *
fold_lookup(unsigned int cp)
{
	size_t		lo = 0;
	size_t		hi = sizeof(bl_fold_table) / sizeof(bl_fold_table[0]);

	while (lo < hi)
	{
		size_t		mid = (lo + hi) / 2;

		if (bl_fold_table[mid].cp == cp)
			return &bl_fold_table[mid];
		if (bl_fold_table[mid].cp < cp)
			lo = mid + 1;
		else
			hi = mid;
	}
	return NULL;
}

/*
 * Fold in[0..len) into out (room for len + 1 bytes); returns the folded length. Every case
 * below writes at most as many bytes as it reads.
 */
static size_t
fold_text(const char *in, size_t len, char *out)
{
	const unsigned char *s = (const unsigned char *) in;
	size_t		i = 0;
	size_t		o = 0;

	while (i < len)
	{
		unsigned int cp;
		int			l;
		const BlFold *f;

		if (s[i] < 0x80)
		{
			unsigned char c = s[i++];

			if (c == '\r')
			{
				if (i < len && s[i] == '\n')
					i++;
				out[o++] = '\n';
			}
			else if (c == '\n')
				out[o++] = '\n';
			else if (c < 0x20 || c == 0x7F)
				out[o++] = ' ';
			else if (c >= 'A' && c <= 'Z')
				out[o++] = (char) (c + ('a' - 'A'));
			else
				out[o++] = (char) c;
			continue;
		}
		l = bl_utf8_decode(s + i, len - i, &cp);
		if (l == 0)
		{
			/* invalid UTF-8: one byte becomes one space */
			out[o++] = ' ';
			i++;
			continue;
		}
		i += l;
		/* dropped: combining marks, zero-width characters, variation selectors, soft hyphen */
		if ((cp >= 0x0300 && cp <= 0x036F) || (cp >= 0x1AB0 && cp <= 0x1AFF) ||
			(cp >= 0x1DC0 && cp <= 0x1DFF) || (cp >= 0x20D0 && cp <= 0x20FF) ||
			(cp >= 0xFE20 && cp <= 0xFE2F) || (cp >= 0x200B && cp <= 0x200F) ||
			(cp >= 0x2060 && cp <= 0x2064) || cp == 0xFEFF ||
			(cp >= 0xFE00 && cp <= 0xFE0F) || cp == 0x00AD)
			continue;
		if (cp == 0x0085 || cp == 0x2028 || cp == 0x2029)
		{
			out[o++] = '\n';
			continue;
		}
		if (cp < 0xA0 || cp == 0x00A0 || cp == 0x1680 || (cp >= 0x2000 && cp <= 0x200A) ||
			cp == 0x202F || cp == 0x205F || cp == 0x3000)
		{
			out[o++] = ' ';
			continue;
		}
		/* full-width ASCII forms */
		if (cp >= 0xFF01 && cp <= 0xFF5E)
		{
			cp -= 0xFEE0;
			if (cp >= 'A' && cp <= 'Z')
				cp += 'a' - 'A';
			out[o++] = (char) cp;
			continue;
		}
		/* punctuation that plays the part of ASCII punctuation */
		switch (cp)
		{
			case 0x3001:		/* ideographic comma */
			case 0xFF64:
				out[o++] = ',';
				continue;
			case 0x3002:		/* ideographic full stop */
			case 0xFF61:
			case 0x2026:		/* ellipsis */
				out[o++] = '.';
				continue;
			case 0x2018:
			case 0x2019:
			case 0x201B:
				out[o++] = '\'';
				continue;
			case 0x201C:
			case 0x201D:
			case 0x00AB:
			case 0x00BB:
				out[o++] = '"';
				continue;
			case 0x2010:
			case 0x2011:
			case 0x2012:
			case 0x2013:
			case 0x2014:
			case 0x2015:
			case 0x2212:
				out[o++] = '-';
				continue;
		}
		f = fold_lookup(cp);
		if (f != NULL)
		{
			memcpy(out + o, f->rep, f->len);
			o += f->len;
		}
		else
			o += utf8_encode(cp, out + o);
	}
	out[o] = '\0';
	return o;
}

/* ---------------------------------------------------------------------------------------------
 * Output buffer
 * ------------------------------------------------------------------------------------------- */

/* Append one token, preceded by a space unless it is the first. */
static void
buf_token(BlBuf *b, const char *s, size_t n)
{
	if (n == 0)
		return;
	if (b->len > 0)
		bl_buf_put(b, " ", 1);
	bl_buf_put(b, s, n);
}

/* ---------------------------------------------------------------------------------------------
 * Phrase matching on folded lines
 * ------------------------------------------------------------------------------------------- */

typedef struct Line
{
	const char *s;				/* first byte (leading spaces skipped) */
	size_t		n;				/* length (trailing spaces trimmed) */
} Line;

/* Does a phrase end inside a word at s[n..]? (A phrase ending in punctuation never does.) */
static bool
word_continues(const char *phrase, size_t plen, const char *s, size_t n)
{
	int			l;
	CharClass	last;
	CharClass	next;

	if (plen >= n)
		return false;
	/* the class of the phrase's last character */
	{
		size_t		k = plen - 1;

		while (k > 0 && (((unsigned char) phrase[k]) & 0xC0) == 0x80)
			k--;
		last = class_at(phrase + k, plen - k, &l);
	}
	if (!is_word_class(last) || last == CC_NOSPACE)
		return false;
	next = class_at(s + plen, n - plen, &l);
	return next == CC_LETTER || next == CC_DIGIT;
}

/* Length of the first phrase of list (NULL-terminated) that starts line s[0..n), or 0. */
static size_t
match_start(const char *s, size_t n, const char *const *list)
{
	for (; *list != NULL; list++)
	{
		size_t		plen = strlen(*list);

		if (plen <= n && memcmp(s, *list, plen) == 0 && !word_continues(*list, plen, s, n))
			return plen;
	}
	return 0;
}

/* Does any phrase of list occur in s[0..n)? Only used on lines of bounded length. */
static bool
contains_any(const char *s, size_t n, const char *const *list)
{
	for (; *list != NULL; list++)
	{
		size_t		plen = strlen(*list);
		size_t		i;

		for (i = 0; i + plen <= n; i++)
			if (memcmp(s + i, *list, plen) == 0)
				return true;
	}
	return false;
}

static bool
equals_any(const char *s, size_t n, const char *const *list)
{
	for (; *list != NULL; list++)
		if (strlen(*list) == n && memcmp(s, *list, n) == 0)
			return true;
	return false;
}

static size_t
count_words(const char *s, size_t n)
{
	size_t		words = 0;
	bool		in_word = false;
	size_t		i;

	for (i = 0; i < n; i++)
	{
		if (s[i] == ' ')
			in_word = false;
		else if (!in_word)
		{
			in_word = true;
			words++;
		}
	}
	return words;
}

static bool
has_digit_or_at(const char *s, size_t n)
{
	size_t		i;

	for (i = 0; i < n; i++)
		if ((s[i] >= '0' && s[i] <= '9') || s[i] == '@')
			return true;
	return false;
}

static bool
strpbrk_n(const char *s, size_t n, const char *set)
{
	size_t		i;

	for (i = 0; i < n; i++)
		if (strchr(set, s[i]) != NULL && s[i] != '\0')
			return true;
	return false;
}

static void
skip_spaces(Line *ln)
{
	while (ln->n > 0 && ln->s[0] == ' ')
	{
		ln->s++;
		ln->n--;
	}
}

/* Leading '*' and spaces: "*From:* x" in mail converted from HTML. */
static Line
strip_stars(Line ln)
{
	while (ln.n > 0 && (ln.s[0] == '*' || ln.s[0] == ' '))
	{
		ln.s++;
		ln.n--;
	}
	return ln;
}

/* ---------------------------------------------------------------------------------------------
 * Phrase lists (folded: lower case, accents removed)
 * ------------------------------------------------------------------------------------------- */

/* A quoted-reply header ends with ':' and contains one of these (plus a date or an address). */
static const char *const quote_header_words[] = {
	"wrote", "writes", "schrieb", "a ecrit", "escribio", "ha scritto", "escreveu", "schreef",
	"skrev", "kirjoitti", "napisal", "написал", "εγραψε", "写道", "寫道", "のメッセージ",
	"님이 작성", NULL
};

/* First words of a quoted-reply header that a mail client may have wrapped onto two lines. */
static const char *const quote_header_openers[] = {
	"on", "am", "le", "el", "il", "op", "em", "den", "w dniu", NULL
};

/* Separator lines carrying these open a forwarded message: its headers go, its text stays. */
static const char *const forward_markers[] = {
	"forwarded message", "begin forwarded message", "forwarded by", "weitergeleitete nachricht",
	"message transfere", "mensaje reenviado", "messaggio inoltrato", "doorgestuurd bericht",
	"mensagem encaminhada", "пересылаемое сообщение", "転送されたメッセージ", "転送メッセージ",
	"转发的邮件", NULL
};

/* ... and these open the quoted earlier message of a reply: everything after it goes. */
static const char *const original_markers[] = {
	"original message", "ursprungliche nachricht", "message d'origine", "mensaje original",
	"messaggio originale", "oorspronkelijk bericht", "mensagem original", "исходное сообщение",
	"原始邮件", "元のメッセージ", NULL
};

static const char *const from_keys[] = {
	"from:", "von:", "de:", "de :", "da:", "van:", "fran:", "fra:", "от:", "发件人:",
	"差出人:", "寄件者:", "보낸 사람:", NULL
};

static const char *const date_keys[] = {
	"sent:", "date:", "gesendet:", "datum:", "envoye :", "envoye:", "date :", "enviado:",
	"enviado el:", "fecha:", "inviato:", "data:", "verzonden:", "skickat:", "sendt:",
	"отправлено:", "дата:", "发送时间:", "送信日時:", "日期:", "보낸 날짜:", NULL
};

static const char *const other_header_keys[] = {
	"to:", "cc:", "bcc:", "subject:", "reply-to:", "importance:", "an:", "betreff:", "a :",
	"a:", "objet :", "objet:", "cc :", "para:", "asunto:", "oggetto:", "aan:", "onderwerp:",
	"assunto:", "till:", "amne:", "til:", "emne:", "кому:", "тема:", "копия:", "收件人:",
	"主题:", "抄送:", "件名:", "宛先:", "받는 사람:", "제목:", NULL
};

static const char *const subject_keys[] = {
	"subject:", "betreff:", "objet :", "objet:", "asunto:", "oggetto:", "onderwerp:",
	"assunto:", "amne:", "emne:", "тема:", "主题:", "件名:", "제목:", NULL
};

/* Subject prefixes of replies and forwards. */
static const char *const reply_prefixes[] = {
	"re:", "re :", "aw:", "antw:", "sv:", "vs:", "rv:", "r:", "res:", "fw:", "fwd:", "wg:", "tr:",
	"follow-up:", "follow up:", "followup:",
	"enc:", "i:", "doorst:", "[external]", "external:", "回复:", "答复:", "转发:", "転送:", NULL
};

static const char *const forward_prefixes[] = {
	"fw:", "fwd:", "wg:", "tr:", "enc:", "i:", "doorst:", "转发:", "転送:", NULL
};

static const char *const greetings[] = {
	"hi there", "hi all", "hi team", "hi", "hii", "hello there", "hello", "hey there", "hey",
	"heya", "dear", "greetings", "good morning", "good afternoon", "good evening", "good day",
	"to whom it may concern", "hallo", "guten tag", "guten morgen", "sehr geehrte",
	"sehr geehrter", "liebe", "lieber", "moin", "servus", "bonjour", "bonsoir", "salut",
	"madame", "monsieur", "hola", "buenos dias", "buenas tardes", "estimado", "estimada",
	"estimados", "buongiorno", "ciao", "gentile", "gentili", "ola", "bom dia", "boa tarde",
	"prezados", "prezadas", "prezado", "prezada", "hej", "goedendag", "goedemorgen", "beste", "здравствуйте",
	"добрый день", "привет", "уважаемые", "уважаемый", "γεια σασ", "こんにちは",
	"いつもお世話になっております", "お世話になっております", "お世話になります", "お疲れ様です",
	"ご担当者様", "您好", "你好", "尊敬的", "안녕하세요", NULL
};

/* A line that is only one of these (trailing punctuation aside) ends the message. */
static const char *const signoffs[] = {
	"best regards", "kind regards", "warm regards", "warmest regards", "regards", "best",
	"best wishes", "all the best", "thanks", "thank you", "thanks in advance",
	"thank you in advance", "many thanks", "thanks a lot", "thanks again", "thanks so much",
	"thank you so much", "thx", "ty", "cheers", "sincerely", "yours sincerely",
	"sincerely yours", "yours truly", "yours", "respectfully", "br", "kr", "rgds",
	"thanks and regards", "thanks & regards", "with thanks", "mit freundlichen grussen",
	"mit freundlichem gruss", "freundliche grusse", "viele grusse", "beste grusse",
	"liebe grusse", "lg", "vg", "mfg", "gruss", "grusse", "danke", "vielen dank",
	"danke und gruss", "bonne journee", "cordialement", "bien cordialement", "bien a vous", "merci", "merci d'avance",
	"salutations", "saludos", "un saludo", "atentamente", "saludos cordiales", "gracias",
	"muchas gracias", "cordiali saluti", "distinti saluti", "saluti", "grazie",
	"grazie mille", "atenciosamente", "obrigado", "obrigada", "abracos", "att",
	"met vriendelijke groet", "vriendelijke groeten", "groeten", "с уважением", "спасибо",
	"заранее спасибо", "με εκτιμηση", "ευχαριστω", "よろしくお願いします",
	"よろしくお願いいたします", "よろしくお願い致します", "宜しくお願いします",
	"何卒よろしくお願い申し上げます", "谢谢", "此致", "此致敬礼", "敬礼", "祝好", "감사합니다", NULL
};

/* Start of a legal disclaimer: it and everything after it go. */
static const char *const disclaimers[] = {
	"this e-mail and any", "this email and any", "this message and any",
	"this e-mail is confidential", "this email is confidential",
	"this message is confidential", "this e-mail may contain", "this email may contain",
	"this message may contain", "this communication is confidential", "confidentiality notice",
	"confidentiality note", "disclaimer:", "legal disclaimer", "the information contained in this",
	"the information in this e-mail", "the information in this email",
	"if you are not the intended recipient", "if you have received this e-mail in error",
	"if you have received this email in error", "please consider the environment",
	"diese e-mail enthalt", "diese nachricht enthalt", "diese e-mail ist vertraulich",
	"ce message et", "ce courriel et", "ce message est confidentiel", "este mensaje y",
	"este correo y", "este mensaje es confidencial", "esta mensagem", "questo messaggio e",
	"dit bericht is", "данное сообщение", "この電子メール", "本メール", "本邮件", NULL
};

/* Start of a short help-centre or web-form footer, or a mobile client's signature line. */
static const char *const footers[] = {
	"submitted via", "submitted from", "submitted through", "sent from the help center",
	"sent from help center", "sent from our help center", "sent via the", "sent via web form",
	"sent from web form", "sent via help center", "this ticket was created",
	"this request was created", "this request was submitted", "this message was sent",
	"powered by", "you are receiving this", "to unsubscribe", "view this request",
	"reply above this line", "please type your reply above", "ticket submitted",
	"form submitted", "page url", "sent from my", "sent from mail for", "sent from outlook",
	"sent from yahoo", "sent from samsung", "get outlook for", "von meinem", "gesendet von meinem",
	"gesendet von outlook",
	"envoye de mon", "envoye depuis", "enviado desde mi", "enviado do meu", "inviato da",
	"verzonden vanaf", "отправлено с", "iphoneから送信", "发自我的", NULL
};

/* Lines of chat transcripts and call notes that are not what the customer said. */
static const char *const chat_line_starts[] = {
	"chat started", "chat ended", "chat transcript", "chat history", "chat id", "chat origin",
	"chat rating", "conversation started", "conversation ended", "visitor id", "visitor joined",
	"visitor left", "offline message left by", "inbound call", "outbound call", "incoming call",
	"outgoing call", "call duration", "call started", "call ended", NULL
};

/* An agent's own part of a note taken for the customer: everything after it goes. */
static const char *const agent_note_starts[] = {
	"next steps:", "next step:", "action items:", "internal note:", "agent notes:", "agent note:",
	"follow-up:", "follow up:", NULL
};

static const char *const chat_line_parts[] = {
	"joined the chat", "left the chat", "joined the conversation", "left the conversation",
	"ended the chat", "transferred the chat", "chat was transferred", "is typing",
	"rated the chat", NULL
};

/* Speakers named without a time stamp ("Visitor: ..."), and automated speakers. */
static const char *const chat_speakers[] = {
	"visitor", "customer", "agent", "user", "client", "me", "you", "kunde", NULL
};

static const char *const bot_speakers[] = {
	"system", "assistant", "virtual assistant", "virtual agent", "automated message",
	"auto-reply", "ai assistant", NULL
};

/*
 * Fields of web forms, call notes and tickets created through an API that identify the
 * requester or the record rather than the issue.
 */
static const char *const identity_fields[] = {
	"from:", "name:", "full name:", "first name:", "last name:", "email:", "e-mail:", "email address:",
	"phone:", "phone number:", "telephone:", "company:", "organization:", "organisation:",
	"caller:", "callback number:", "call back number:", "reporter:", "reported by:", "requester:",
	"source:", "external reference:", "external id:", "reference:", "case id:", "ticket id:",
	NULL
};

/* Field names in front of the text that matters. */
static const char *const content_fields[] = {
	"subject:", "description:", "message:", "details:", "your message:", "question:",
	"customer said:", "caller said:", "call notes:", "call summary:", "notes:", NULL
};

/* ---------------------------------------------------------------------------------------------
 * Line classifiers
 * ------------------------------------------------------------------------------------------- */

/* "On Mon, 5 Jan 2026 at 10:00, Ann <ann@x.io> wrote:" and its translations. */
static bool
is_quote_header(Line ln)
{
	if (ln.n < 4 || ln.n > 400 || ln.s[ln.n - 1] != ':')
		return false;
	if (!has_digit_or_at(ln.s, ln.n))
		return false;
	/* "2026/01/05 10:00 Name <a@b.c>:" from clients that write no verb */
	if (ln.s[ln.n - 2] == '>' && memchr(ln.s, '@', ln.n) != NULL &&
		strpbrk_n(ln.s, ln.n, "0123456789"))
		return true;
	return contains_any(ln.s, ln.n, quote_header_words);
}

static bool
is_quote_opener(Line ln)
{
	return ln.n <= 400 && match_start(ln.s, ln.n, quote_header_openers) > 0 &&
		has_digit_or_at(ln.s, ln.n);
}

/* Strip separator characters from both ends: "-----Original Message-----" -> text. */
static Line
separator_inner(Line ln, bool *is_separator)
{
	size_t		lead = 0;

	while (ln.n > 0 && strchr("-_=*~#<> ", ln.s[0]) != NULL)
	{
		ln.s++;
		ln.n--;
		lead++;
	}
	while (ln.n > 0 && strchr("-_=*~#<> ", ln.s[ln.n - 1]) != NULL)
		ln.n--;
	*is_separator = lead >= 2;
	return ln;
}

static bool
is_header_line(Line ln)
{
	ln = strip_stars(ln);
	return match_start(ln.s, ln.n, from_keys) || match_start(ln.s, ln.n, date_keys) ||
		match_start(ln.s, ln.n, other_header_keys);
}

/* Next line after position pos of text[0..len): sets *ln, returns the position after it. */
static size_t
next_line(const char *text, size_t len, size_t pos, Line *ln)
{
	const char *nl = memchr(text + pos, '\n', len - pos);
	size_t		end = nl ? (size_t) (nl - text) : len;

	ln->s = text + pos;
	ln->n = end - pos;
	skip_spaces(ln);
	while (ln->n > 0 && ln->s[ln->n - 1] == ' ')
		ln->n--;
	return nl ? end + 1 : len;
}

typedef enum HeaderBlock
{
	HB_NONE,					/* not a header block */
	HB_REPLY,					/* the quoted message of a reply */
	HB_FORWARD					/* the headers of a forwarded message (subject "Fwd: ...") */
} HeaderBlock;

/*
 * Is the line at text[pos..] (already known to start with a "From:" key, or to follow an
 * "Original Message" marker) the start of a mail header block? Looks at no more than
 * HEADER_LOOKAHEAD following lines.
 */
static HeaderBlock
header_block_at(const char *text, size_t len, size_t pos, bool need_date)
{
	bool		seen_date = !need_date;
	bool		forward = false;
	int			lines = 0;
	int			looked = 0;

	/* at most HEADER_LOOKAHEAD header lines, and as many blank lines before the first */
	while (pos < len && lines <= HEADER_LOOKAHEAD && looked++ < 2 * HEADER_LOOKAHEAD)
	{
		Line		ln;
		size_t		k;

		pos = next_line(text, len, pos, &ln);
		if (ln.n == 0)
		{
			if (lines > 0)
				break;
			continue;
		}
		ln = strip_stars(ln);
		if (!is_header_line(ln))
			break;
		lines++;
		if (match_start(ln.s, ln.n, date_keys))
			seen_date = true;
		if ((k = match_start(ln.s, ln.n, subject_keys)) > 0)
		{
			Line		v = {ln.s + k, ln.n - k};

			skip_spaces(&v);
			forward = match_start(v.s, v.n, forward_prefixes) > 0;
		}
	}
	if (!seen_date)
		return HB_NONE;
	return forward ? HB_FORWARD : HB_REPLY;
}

/* Sign-off line: "Best regards," / "Thanks!" / "Thanks, Ann" / "Mit freundlichen Grüßen". */
static bool
is_signoff(Line ln)
{
	size_t		k;
	size_t		n = ln.n;

	while (n > 0 && strchr(",.!:; -", ln.s[n - 1]) != NULL)
		n--;
	if (n == 0 || n > 60)
		return false;
	if (equals_any(ln.s, n, signoffs))
		return true;
	/* "thanks, ann" / "best regards, ann smith" */
	k = match_start(ln.s, n, signoffs);
	if (k > 0 && k < n && ln.s[k] == ',')
		return count_words(ln.s + k + 1, n - k - 1) <= 3;
	return false;
}

/*
 * Chat time stamp at the start of a line: "[10:32]", "(10:32:05 am)", "10:32 pm -",
 * "2026-01-05 10:32", "05/01/2026, 10:32". Returns its length (0 when there is none).
 */
static size_t
chat_timestamp(Line ln)
{
	const char *s = ln.s;
	size_t		n = ln.n;
	size_t		i = 0;
	size_t		d;
	size_t		save;

#define DIGITS(max) \
	do { d = 0; while (i < n && d < (max) && s[i] >= '0' && s[i] <= '9') { i++; d++; } } while (0)

	if (i < n && (s[i] == '[' || s[i] == '('))
		i++;
	/* an optional date: three groups of digits separated by - / or . */
	save = i;
	DIGITS(4);
	if (d > 0 && i < n && (s[i] == '-' || s[i] == '/' || s[i] == '.'))
	{
		i++;
		DIGITS(2);
		if (d > 0 && i < n && (s[i] == '-' || s[i] == '/' || s[i] == '.'))
		{
			i++;
			DIGITS(4);
			while (i < n && (s[i] == ' ' || s[i] == ',' || s[i] == 't'))
				i++;
		}
		else
			i = save;
	}
	else
		i = save;
	/* the time */
	DIGITS(2);
	if (d == 0 || i >= n || s[i] != ':')
		return 0;
	i++;
	DIGITS(2);
	if (d != 2)
		return 0;
	if (i < n && s[i] == ':')
	{
		i++;
		DIGITS(2);
	}
	save = i;
	while (i < n && s[i] == ' ')
		i++;
	if (i + 1 < n && (s[i] == 'a' || s[i] == 'p') && s[i + 1] == 'm')
		i += 2;
	else if (i + 3 < n && (s[i] == 'a' || s[i] == 'p') && s[i + 1] == '.' && s[i + 2] == 'm' &&
			 s[i + 3] == '.')
		i += 4;
	else
		i = save;
	if (i < n && (s[i] == ']' || s[i] == ')'))
		i++;
	while (i < n && (s[i] == ' ' || s[i] == '-' || s[i] == '|'))
		i++;
#undef DIGITS
	return i;
}

/*
 * "Name:" at the start of ln: a speaker of at most 4 words and 40 bytes, with no digits, then a
 * colon and a space or the end. Returns the length through the colon, or 0.
 */
static size_t
chat_speaker(Line ln)
{
	size_t		i;
	size_t		words = 1;

	for (i = 0; i < ln.n && i <= 40; i++)
	{
		char		c = ln.s[i];

		if (c == ':')
		{
			if (i == 0 || words > 4 || (i + 1 < ln.n && ln.s[i + 1] != ' '))
				return 0;
			return i + 1;
		}
		if (c == ' ')
			words++;
		else if ((c >= '0' && c <= '9') || strchr(",;!?\"'<>@/\\[]{}=", c) != NULL)
			return 0;
	}
	return 0;
}

/*
 * Is the speaker s[0..n) (through its colon) automated? Generic names such as "System" count only
 * on time-stamped chat lines (strict = false): elsewhere "System: Windows 11" is a form field.
 */
static bool
is_bot_speaker(const char *s, size_t n, bool strict)
{
	/* the name without its colon */
	if (n > 0 && s[n - 1] == ':')
		n--;
	if (!strict && equals_any(s, n, bot_speakers))
		return true;
	/* "...bot" as the last word: "HelpBot", "support bot" */
	return n >= 3 && memcmp(s + n - 3, "bot", 3) == 0;
}

/*
 * Is the speaker s[0..n) of a time-stamped chat line someone of the support side ("Lena (Kestrel
 * Support)", "Agent Maria")? Their lines are not the customer's report and read alike in every
 * chat, so they go.
 */
static bool
is_agent_speaker(const char *s, size_t n)
{
	static const char *const marks[] = {"(", "support", "agent", "team", "staff", "operator", NULL};

	return n <= 60 && contains_any(s, n, marks);
}

/* ---------------------------------------------------------------------------------------------
 * Pass 3: tokens
 * ------------------------------------------------------------------------------------------- */

static bool
is_email_local(char c)
{
	return (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || strchr("._%+-", c) != NULL;
}

static bool
is_email_domain(char c)
{
	return (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '.' || c == '-';
}

static bool
is_ascii_alnum(char c)
{
	return (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9');
}

static bool
is_url_start(const char *s, size_t n)
{
	static const char *const schemes[] = {"https://", "http://", "ftp://", "www.", NULL};
	const char *const *p;

	for (p = schemes; *p != NULL; p++)
	{
		size_t		l = strlen(*p);

		if (l < n && memcmp(s, *p, l) == 0 && is_ascii_alnum(s[l]))
			return true;
	}
	return false;
}

/* Connectors that join the parts of one identifier or number: INV-2031, 1.5.2, 10:32, a_b. */
static bool
is_connector(char c)
{
	return c == '-' || c == '_' || c == '.' || c == '/' || c == ':' || c == '#';
}

/* ---------------------------------------------------------------------------------------------
 * Codes: error codes and machine identifiers (bl_normalize_codes)
 *
 * While the tokens of a line are emitted, a CodeScan (when one is given) notes the tokens that
 * name a code: a number of 3 to 6 digits after an error word ("error 500", "HTTP 502", "error
 * code 4012", "Fehler 4012", "code d'erreur 4012") or right before one, with no punctuation
 * between ("a 404 error"); an identifier with an underscore (ERR_SYNC_409, invalid_grant); up
 * to five letters, a hyphen and digits (E-1043, ORA-00942); a 0x hexadecimal number
 * (0x80070005); one word ending in "error" or "exception" (TypeError, NullPointerException).
 * Invoice numbers, versions, dates, request references (3f2a9c) and verification codes are
 * not codes: they differ between two reports of one issue, or belong to one customer's request.
 * ------------------------------------------------------------------------------------------- */

typedef struct CodeScan
{
	BlBuf	   *codes;			/* codes found so far, separated by spaces */
	bool		after_error;	/* the previous token was an error word */
	const char *num;			/* the previous token, when a 3-6 digit number */
	size_t		num_n;
	const char *status;			/* an HTTP status (4xx, 5xx) before the first word of its reason */
	int			reason;			/* that first word: the first http_reasons entry with it */
} CodeScan;

/*
 * The reasons of HTTP statuses that tickets quote after the number ("404 Not Found", "502 Bad
 * Gateway"): first word, second word ("" when one word is the whole reason). A 4xx or 5xx
 * number followed by one of them is a code, as after an error word.
 */
static const char *const http_reasons[][2] = {
	{"not", "found"}, {"bad", "gateway"}, {"bad", "request"}, {"internal", "server"},
	{"service", "unavailable"}, {"gateway", "timeout"}, {"too", "many"}, {"method", "not"},
	{"forbidden", ""}, {"unauthorized", ""}, {"unauthorised", ""}, {"conflict", ""},
	{"unprocessable", ""}, {NULL, NULL}
};

static bool
http_status(const char *s, size_t n)
{
	return n == 3 && (s[0] == '4' || s[0] == '5') && s[1] >= '0' && s[1] <= '9' &&
		s[2] >= '0' && s[2] <= '9';
}

/* Words after which a number is a code (folded). "code" continues one: "error code 4012". */
static const char *const error_words[] = {
	"error", "errors", "err", "http", "status", "errno", "fehler", "fehlercode", "erreur",
	"erro", NULL
};

/* Endings of runs of scripts without spaces that a code follows: エラー, コード, 错误, 代码. */
static const char *const error_word_endings[] = {
	"\xe3\x82\xa8\xe3\x83\xa9\xe3\x83\xbc", "\xe3\x82\xb3\xe3\x83\xbc\xe3\x83\x89",
	"\xe9\x94\x99\xe8\xaf\xaf", "\xe4\xbb\xa3\xe7\xa0\x81", NULL
};

static void
code_add(CodeScan *cs, const char *s, size_t n)
{
	if (cs->codes->len > 0)
		bl_buf_put(cs->codes, " ", 1);
	bl_buf_put(cs->codes, s, n);
}

static bool
all_digits(const char *s, size_t n)
{
	size_t		i;

	for (i = 0; i < n; i++)
		if (s[i] < '0' || s[i] > '9')
			return false;
	return n > 0;
}

static bool
is_code_compound(const char *s, size_t n, size_t letters, size_t digits)
{
	size_t		i;

	if (letters == 0 || n < 4)
		return false;
	if (memchr(s, '_', n) != NULL)
		return true;
	if (n >= 6 && s[0] == '0' && s[1] == 'x')
	{
		for (i = 2; i < n; i++)
			if (!((s[i] >= '0' && s[i] <= '9') || (s[i] >= 'a' && s[i] <= 'f')))
				return false;
		return true;
	}
	if (digits >= 2)
	{
		for (i = 0; i < n && i < 6 && s[i] >= 'a' && s[i] <= 'z'; i++)
			;
		return i >= 1 && i <= 5 && i < n && s[i] == '-' && all_digits(s + i + 1, n - i - 1);
	}
	return false;
}

/*
 * The length of an exception name that ends the letters-only compound s[0..n) ("typeerror",
 * "java.lang.nullpointerexception" gives its last part), or 0.
 */
static size_t
exception_name(const char *s, size_t n)
{
	size_t		start = n;

	while (start > 0 && !is_connector(s[start - 1]))
		start--;
	n -= start;
	s += start;
	if ((n >= 8 && memcmp(s + n - 5, "error", 5) == 0) ||
		(n >= 12 && memcmp(s + n - 9, "exception", 9) == 0))
		return n;
	return 0;
}

/* Note the compound s[0..n) (the raw folded bytes, connectors included). */
static void
code_compound(CodeScan *cs, const char *s, size_t n, size_t letters, size_t digits)
{
	const char *num = cs->num;
	size_t		num_n = cs->num_n;
	bool		after_error = cs->after_error;
	const char *status = cs->status;
	int			reason = cs->reason;
	int			r;

	cs->num = NULL;
	cs->after_error = false;
	cs->status = NULL;
	if (status != NULL && digits == 0)
	{
		/* "404 not found", "400 bad request": the second word of a reason completes it */
		for (r = reason; http_reasons[r][0] != NULL &&
			 strcmp(http_reasons[r][0], http_reasons[reason][0]) == 0; r++)
			if (strlen(http_reasons[r][1]) == n && memcmp(s, http_reasons[r][1], n) == 0)
			{
				code_add(cs, status, 3);
				return;
			}
	}
	else if (num != NULL && http_status(num, num_n) && digits == 0)
		for (r = 0; http_reasons[r][0] != NULL; r++)
			if (strlen(http_reasons[r][0]) == n && memcmp(s, http_reasons[r][0], n) == 0)
			{
				if (http_reasons[r][1][0] == '\0')
				{
					code_add(cs, num, num_n);
					return;
				}
				cs->status = num;
				cs->reason = r;
				break;
			}
	if (letters == 0)
	{
		if (all_digits(s, n) && n >= 3 && n <= 6)
		{
			if (after_error)
				code_add(cs, s, n);
			else
			{
				cs->num = s;
				cs->num_n = n;
			}
		}
		return;
	}
	if (is_code_compound(s, n, letters, digits))
		code_add(cs, s, n);
	else if (digits == 0 && exception_name(s, n) > 0)
		code_add(cs, s + n - exception_name(s, n), exception_name(s, n));
	else if (equals_any(s, n, error_words))
	{
		if (num != NULL)
			code_add(cs, num, num_n);
		cs->after_error = true;
	}
	else if (after_error && ((n == 4 && memcmp(s, "code", 4) == 0) ||
							 (n == 5 && memcmp(s, "codes", 5) == 0)))
		cs->after_error = true;
}

/* Note a run of a script without spaces. */
static void
code_nospace(CodeScan *cs, const char *s, size_t n)
{
	const char *const *p;

	cs->num = NULL;
	cs->after_error = false;
	for (p = error_word_endings; *p != NULL; p++)
	{
		size_t		l = strlen(*p);

		if (n >= l && memcmp(s + n - l, *p, l) == 0)
			cs->after_error = true;
	}
}

/*
 * Emit one compound s[0..n): letters and digits joined by single connectors. Digits only:
 * <num>. Letters and digits mixed, at least 4 bytes long, with two digits or a connector: <id>
 * (INV-20391, 3f2a9c0e, ab12cd). Otherwise its words, split at the connectors ("e-mail" gives
 * "e mail", "2fa" and "oauth2" stay words).
 */
static void
emit_compound(BlBuf *out, const char *s, size_t n, size_t letters, size_t digits, bool conn)
{
	size_t		i;
	size_t		start;

	if (letters == 0)
	{
		buf_token(out, BL_TOKEN_NUM, strlen(BL_TOKEN_NUM));
		return;
	}
	if (digits > 0 && n >= 4 && (digits >= 2 || conn))
	{
		buf_token(out, BL_TOKEN_ID, strlen(BL_TOKEN_ID));
		return;
	}
	start = 0;
	for (i = 0; i <= n; i++)
	{
		if (i == n || is_connector(s[i]))
		{
			buf_token(out, s + start, i - start);
			start = i + 1;
		}
	}
}

/* Tokens of the folded text s[0..n), appended to out; codes noted in *codes when not NULL. */
static void
emit_tokens(BlBuf *out, const char *s, size_t n, BlBuf *codes)
{
	size_t		i = 0;
	size_t		no_email_until = 0;
	CodeScan	cs = {codes, false, NULL, 0, NULL, 0};

	while (i < n)
	{
		int			l;
		CharClass	c = class_at(s + i, n - i, &l);
		size_t		start;

		if (c == CC_SPACE)
		{
			/* punctuation parts a number from the next word: "code 482913, error" */
			if (s[i] != ' ')
			{
				cs.num = NULL;
				cs.status = NULL;
			}
			i += l;
			continue;
		}
		start = i;
		if (s[i] == 'h' || s[i] == 'w' || s[i] == 'f' ? is_url_start(s + i, n - i) : false)
		{
			while (i < n && s[i] != ' ' && strchr("<>\"'()[]{}", s[i]) == NULL)
				i++;
			buf_token(out, BL_TOKEN_URL, strlen(BL_TOKEN_URL));
			cs.num = NULL;
			cs.after_error = false;
			continue;
		}
		if (c == CC_NOSPACE)
		{
			while (i < n && class_at(s + i, n - i, &l) == CC_NOSPACE)
				i += l;
			buf_token(out, s + start, i - start);
			if (codes != NULL)
				code_nospace(&cs, s + start, i - start);
			continue;
		}

		/*
		 * An e-mail address: ASCII local part, '@', a domain with a dot. Checked from the
		 * start of an ASCII run so that "ann.lee@x.io" is one token.
		 */
		if (is_ascii_alnum(s[i]) && i >= no_email_until)
		{
			size_t		j = i;

			while (j < n && is_email_local(s[j]))
				j++;
			/* no start inside s[i..j) can reach an '@' either: do not rescan it */
			no_email_until = j;
			if (j < n && s[j] == '@')
			{
				size_t		k = j + 1;
				bool		dot = false;

				while (k < n && is_email_domain(s[k]))
				{
					if (s[k] == '.' && k + 1 < n && is_ascii_alnum(s[k + 1]))
						dot = true;
					k++;
				}
				if (dot && k > j + 1 && is_ascii_alnum(s[j + 1]))
				{
					buf_token(out, BL_TOKEN_EMAIL, strlen(BL_TOKEN_EMAIL));
					cs.num = NULL;
					cs.after_error = false;
					i = k;
					continue;
				}
			}
		}

		/* a compound of letters and digits */
		{
			size_t		letters = 0;
			size_t		digits = 0;
			bool		conn = false;

			for (;;)
			{
				while (i < n)
				{
					c = class_at(s + i, n - i, &l);
					if (c == CC_LETTER)
						letters++;
					else if (c == CC_DIGIT)
						digits++;
					else
						break;
					i += l;
				}
				/* a single connector between two word characters continues the compound */
				if (i + 1 < n && is_connector(s[i]) && i > start)
				{
					CharClass	nc = class_at(s + i + 1, n - i - 1, &l);

					if (nc == CC_LETTER || nc == CC_DIGIT)
					{
						conn = true;
						i++;
						continue;
					}
				}
				break;
			}
			if (i == start)
			{
				/* cannot happen (c was a word class), but never loop without progress */
				i += l;
				continue;
			}
			emit_compound(out, s + start, i - start, letters, digits, conn);
			if (codes != NULL)
				code_compound(&cs, s + start, i - start, letters, digits);
		}
	}
}

/* ---------------------------------------------------------------------------------------------
 * Pass 2: lines
 * ------------------------------------------------------------------------------------------- */

typedef enum LineState
{
	LS_TEXT,					/* the message itself */
	LS_FORWARD_HEADERS,			/* header lines of a forwarded message */
	LS_SKIP,					/* signature, disclaimer or footer: until a forwarded message */
	LS_CUT						/* a quoted earlier message: the rest goes */
} LineState;

static BlNormStatus
normalize_text(const char *in, size_t len, char **out, size_t *outlen, BlBuf *codes)
{
	char	   *text;
	size_t		tlen;
	size_t		pos = 0;
	BlBuf		buf;
	LineState	state = LS_TEXT;
	int			content_lines = 0;	/* lines emitted in the current message */
	bool		first_line = true;
	size_t		prev_line_start = 0;	/* output length before the last emitted line */
	size_t		prev_line_next = 0; /* text position after that line */
	bool		prev_opener = false;	/* that line may be the start of a wrapped header */

	if (len > BL_NORMALIZE_MAX_INPUT)
		return BL_NORM_TOO_LONG;

	text = bl_alloc(len + 1);
	tlen = fold_text(in, len, text);
	bl_buf_init(&buf, tlen + 16);

	while (pos < tlen && state != LS_CUT)
	{
		Line		ln;
		Line		inner;
		size_t		line_pos = pos;
		size_t		k;
		bool		separator;
		bool		chat = false;
		int			greet;

		pos = next_line(text, tlen, pos, &ln);
		if (ln.n == 0)
			continue;

		/* "> quoted text" */
		if (ln.s[0] == '>')
			continue;

		/* "--" alone is the signature delimiter */
		if (ln.n == 2 && ln.s[0] == '-' && ln.s[1] == '-')
		{
			if (state == LS_TEXT)
				state = LS_SKIP;
			continue;
		}

		/* separator lines, possibly naming a forwarded or quoted message */
		inner = separator_inner(ln, &separator);
		if (inner.n == 0)
			continue;
		if (match_start(inner.s, inner.n, forward_markers) ||
			(separator && contains_any(inner.s, inner.n < 80 ? inner.n : 80, forward_markers)))
		{
			state = LS_FORWARD_HEADERS;
			content_lines = 0;
			continue;
		}
		if (separator && inner.n < 80 && contains_any(inner.s, inner.n, original_markers))
		{
			if (header_block_at(text, tlen, pos, false) == HB_FORWARD)
			{
				state = LS_FORWARD_HEADERS;
				content_lines = 0;
			}
			else
				state = LS_CUT;
			continue;
		}

		/* "From: ... Sent: ..." blocks of Outlook and others */
		{
			Line		st = strip_stars(ln);

			if (state != LS_FORWARD_HEADERS && match_start(st.s, st.n, from_keys))
			{
				HeaderBlock hb = header_block_at(text, tlen, line_pos, true);

				if (hb == HB_FORWARD)
				{
					state = LS_FORWARD_HEADERS;
					content_lines = 0;
					continue;
				}
				if (hb == HB_REPLY)
				{
					state = LS_CUT;
					continue;
				}
			}
		}

		if (state == LS_SKIP)
			continue;
		if (state == LS_FORWARD_HEADERS)
		{
			if (is_header_line(ln))
				continue;
			state = LS_TEXT;
		}

		/* "On <date>, <name> wrote:": the rest is the quoted earlier message */
		if (is_quote_header(ln))
		{
			/* a header wrapped onto two lines: its first line was emitted already */
			if (prev_opener && prev_line_next == line_pos && !is_quote_opener(ln))
			{
				buf.len = prev_line_start;
				buf.data[buf.len] = '\0';
			}
			state = LS_CUT;
			continue;
		}

		/* disclaimers, help-centre footers, mobile signatures */
		if (match_start(ln.s, ln.n, disclaimers) ||
			(count_words(ln.s, ln.n) <= 12 && match_start(ln.s, ln.n, footers)))
		{
			state = LS_SKIP;
			continue;
		}

		/* chat transcripts: scaffolding lines, time stamps, speakers, bots */
		if (ln.n <= 200 && count_words(ln.s, ln.n) <= 12 &&
			(match_start(ln.s, ln.n, chat_line_starts) ||
			 contains_any(ln.s, ln.n, chat_line_parts)))
			continue;
		if ((k = chat_timestamp(ln)) > 0)
		{
			size_t		sp;

			ln.s += k;
			ln.n -= k;
			chat = true;
			if ((sp = chat_speaker(ln)) > 0)
			{
				if (is_bot_speaker(ln.s, sp, false) || is_agent_speaker(ln.s, sp))
					continue;
				ln.s += sp;
				ln.n -= sp;
			}
			skip_spaces(&ln);
		}
		else if ((k = chat_speaker(ln)) > 0)
		{
			if (is_bot_speaker(ln.s, k, true))
				continue;
			if (equals_any(ln.s, k - 1, chat_speakers))
			{
				ln.s += k;
				ln.n -= k;
				skip_spaces(&ln);
				chat = true;
			}
		}
		if (ln.n == 0)
			continue;

		if (!chat && (is_signoff(ln) || match_start(ln.s, ln.n, agent_note_starts)))
		{
			state = LS_SKIP;
			continue;
		}

		/* greetings at the start of a message ("Madame, Monsieur," is two) */
		for (greet = 0; greet < 2 && content_lines < GREETING_LINES &&
			 (k = match_start(ln.s, ln.n, greetings)) > 0; greet++)
		{
			size_t		i;
			size_t		stop = 0;
			size_t		j = k - 1;
			int			l;

			for (i = k; i < ln.n && i < k + 60; i++)
				if (strchr(",!:;", ln.s[i]) != NULL || (i == k && ln.s[i] == '.'))
				{
					stop = i + 1;
					break;
				}
			/* the greeting's last character */
			while (j > 0 && (((unsigned char) ln.s[j]) & 0xC0) == 0x80)
				j--;
			/* "Hello Kestrel team," but not "Hi I have a problem with export, which..." */
			if (stop > 0 && count_words(ln.s + k, stop - 1 - k) > 3)
				stop = 0;
			if (stop > 0)
			{
				ln.s += stop;
				ln.n -= stop;
			}
			else if (class_at(ln.s + j, k - j, &l) == CC_NOSPACE)
			{
				/* a greeting in a script without spaces: drop the phrase only */
				ln.s += k;
				ln.n -= k;
			}
			else if (count_words(ln.s, ln.n) <= 5)
			{
				ln.n = 0;
				break;
			}
			else
				break;
			skip_spaces(&ln);
		}
		if (ln.n == 0)
			continue;

		/* "Re: Fwd: subject" */
		if (first_line)
		{
			while ((k = match_start(ln.s, ln.n, reply_prefixes)) > 0)
			{
				ln.s += k;
				ln.n -= k;
				skip_spaces(&ln);
			}
		}

		/* web-form fields */
		if (count_words(ln.s, ln.n) <= 8 && match_start(ln.s, ln.n, identity_fields))
			continue;
		if ((k = match_start(ln.s, ln.n, content_fields)) > 0)
		{
			ln.s += k;
			ln.n -= k;
		}

		prev_line_start = buf.len;
		prev_opener = is_quote_opener(ln);
		prev_line_next = pos;
		emit_tokens(&buf, ln.s, ln.n, codes);
		if (buf.len > prev_line_start)
		{
			content_lines++;
			first_line = false;
		}
	}

	bl_free(text);
	*out = buf.data;
	*outlen = buf.len;
	return BL_NORM_OK;
}

BlNormStatus
bl_normalize(const char *in, size_t len, char **out, size_t *outlen)
{
	return normalize_text(in, len, out, outlen, NULL);
}

BlNormStatus
bl_normalize_codes(const char *in, size_t len, char **out, size_t *outlen)
{
	BlBuf		codes;
	char	   *norm;
	size_t		nlen;

	if (len > BL_NORMALIZE_MAX_INPUT)
		return BL_NORM_TOO_LONG;
	bl_buf_init(&codes, 64);
	if (normalize_text(in, len, &norm, &nlen, &codes) != BL_NORM_OK)
	{
		bl_free(codes.data);
		return BL_NORM_TOO_LONG;
	}
	bl_free(norm);
	*out = codes.data;
	*outlen = codes.len;
	return BL_NORM_OK;
}
