// Identifiers in text written in Chinese, Japanese, Korean, Cyrillic or Arabic script, where the
// capital letters and spaces the other recognizers lean on are missing. Each rule needs the
// context a reader would use: a role or kinship word before a name ("患者王秀英", "原告 佐藤 健一",
// "환자 김민준"), an honorific after it ("田中 美咲 様"), a patronymic ("Мария Петровна"), an
// address marker before the parts of an address ("住址：上海市徐汇区…", "г. Казань").

import { groupSpan, scan, tier, type Emit } from './redact-scan';

const han = '\\p{Script=Han}';
const kana = '\\p{Script=Hiragana}\\p{Script=Katakana}ー';

/** The commonest Chinese family names, simplified and traditional; a name after a role word starts with one. */
const chineseSurnames = new Set(
  [...'王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤陳張劉楊黃趙吳孫馬鄭謝許韓馮鄧蕭葉蘇呂盧鍾譚陸範賈韋鄒閆龍賀顧龔萬錢嚴湯歐區溫傅'],
);
/** Characters that follow a name in a Chinese sentence and are never part of it ("王秀英，女", "刘桂芳今年"). */
const afterChineseName = new Set([...'今女男在是的说說和与與因于於先住患入年岁歲，。、（(：:现現已也还還最被从從']);

export const roleBefore =
  '(?:姓名|氏名|名前|이름|성명|她叫|他叫|名叫|叫做|患者|病人|患儿|患兒|原告|被告|申请人|申請人|被申请人|保護者|保护者|家属|家屬|联系人|聯絡人|社員|委托人|当事人|當事人|我妈妈|我媽媽|我爸爸|我母亲|我母親|我父亲|我父親|我奶奶|我爷爷|我爺爺|我外婆|我姥姥|我丈夫|我妻子|我儿子|我女儿|母亲|父親|父亲|母親|妈妈|媽媽|爸爸|奶奶|爷爷|外婆|환자|보호자|원고|피고|신청인|어머니|아버지|할머니|할아버지)';
const honorificAfter = '(?:様|さま|さん|くん|君|ちゃん|氏|殿|先生|老师|老師|女士|님|씨)';

/** One level of an address: a province, city, ward or town ("上海市", "世田谷区", "北区"). */
const addressUnit = new RegExp(`^(?:東京都|[${han}]{1,3}?(?:省|市|区|區|県|縣|府|州|町|村|镇|鎮|郡)(?![省市区區県縣府州郡]))`, 'u');
/** A street and number ("漕溪北路88号", "三軒茶屋2丁目14番5号"). */
const addressStreet = new RegExp(`^[${han}${kana}\\d]{1,8}?(?:\\d+丁目\\d+番(?:地)?(?:\\d+号)?|[路街道巷弄]\\d+[号號])`, 'u');

/** Everyday words that end like a city or a district (城市 "city", 超市 "supermarket", 社区 "community"), at the end or the start of a match. */
const commonChinesePlaceWords = /(?:城市|超市|地区|社区|市区|小区|郊区|景区|城区|山区|灾区|病区|园区|街区|老区|新区|特区|本市|该市|全市|全区|本区|都市|门市|夜市|股市|上市|开市|早市|菜市|牛市|熊市)$|^(?:城市|超市|地区|社区|市区|小区|郊区|景区|城区|山区|灾区|病区|园区|街区)/u;

function findCjk(text: string, emit: Emit): void {
  // "原告 佐藤 健一", "保護者 田中 美咲 様", "환자 김민준": a family and a given name apart, or a Korean name, after a role.
  scan(text, new RegExp(`${roleBefore}[ \\u3000:：]*([${han}]{1,3}[ \\u3000][${han}${kana}]{1,4}|\\p{Script=Hangul}{2,4}(?![\\p{Script=Hangul}]))`, 'dgu'), (m) => {
    const span = m.indices?.[1];
    if (span) emit('NAME', span[0], span[1], tier.context);
  });
  // "患者王秀英，女", "我妈妈刘桂芳今年…": a Chinese name written on, a family name and one or two characters.
  scan(text, new RegExp(`${roleBefore}[ \\u3000:：]*([${han}]{2,3})`, 'dgu'), (m) => {
    const span = m.indices?.[1];
    const chars = [...(m[1] ?? '')];
    if (!span || !chineseSurnames.has(chars[0] ?? '')) return false;
    let length = 1;
    while (length < chars.length && !afterChineseName.has(chars[length] ?? '')) length++;
    if (length >= 2) emit('NAME', span[0], span[0] + length, tier.context);
  });
  // "田中 美咲 様", "山本 一郎 さん", "김민준 님": a name before an honorific.
  scan(text, new RegExp(`(?<![${han}${kana}])([${han}]{1,3}[ \\u3000]?[${han}${kana}]{1,4}|\\p{Script=Hangul}{2,4})[ \\u3000]?${honorificAfter}`, 'dgu'), (m) => {
    const span = m.indices?.[1];
    if (span && [...(m[1] ?? '').replace(/[ \u3000]/g, '')].length >= 2) emit('NAME', span[0], span[1], tier.context);
  });
  // "住址：上海市徐汇区漕溪北路88号", "住所変更：大阪市北区梅田3丁目1番1号", "住在成都市武侯区": each part of the address.
  scan(text, /(?:住所変更|住址|住所|地址|居住在|家住|住在|住于|住於|位于|位於|在住|주소)[ \u3000]*[:：]?[ \u3000]*/gu, (m) => {
    let at = m.index + m[0].length;
    for (;;) {
      const rest = text.slice(at, at + 40);
      const unit = addressUnit.exec(rest);
      const street = addressStreet.exec(rest);
      // "山下町3丁目2番1号": a town followed by its block numbers is one street address.
      const part = unit && !/^\d/.test(rest.slice(unit[0].length)) && (!street || unit[0].length < street[0].length) ? unit : (street ?? unit);
      if (!part) break;
      emit('LOCATION', at, at + part[0].length, tier.context);
      at += part[0].length;
    }
  });
  // "住在Flushing", "来自 Toa Payoh": a place written in Latin letters after a Chinese word for living in or coming from.
  scan(text, /(?:住在|住于|住於|家住|来自|來自|搬到|搬去)[ \u3000]?(\p{Lu}[\p{L}'’-]*(?: \p{Lu}[\p{L}'’-]*){0,3})/dgu, (m) => {
    const span = groupSpan(m, 1);
    if (span) emit('LOCATION', span[0], span[1], tier.context);
  });
  // "在广州市天河区", "北京市朝阳区望京街道": a city, district or county named by its ending, anywhere in the text.
  scan(text, new RegExp(`[${han}]{2,3}?(?:省|市(?![区區])|区|區|县|縣|街道)(?![${han}]?(?:长|長|场|場|民|面|值|政|中心|委|级|級))`, 'gu'), (m) => {
    // "在广州市": the word for "in" (or the end of 住址) before the city is not part of it.
    const lead = /^[在住于於到去从從来來的是和与與址所]/.test(m[0]) ? 1 : 0;
    const place = m[0].slice(lead);
    if (place.length >= 3 && !commonChinesePlaceWords.test(place)) emit('LOCATION', m.index + lead, m.index + m[0].length, tier.weak);
  });
  // "〒150-0043 東京都渋谷区道玄坂2-14-7": a Japanese postcode, then the address written after it.
  scan(text, new RegExp(`〒 ?(\\d{3}-\\d{4})\\s*([${han}${kana}\\d０-９ー−-]+)?`, 'dgu'), (m) => {
    const code = m.indices?.[1];
    const address = m.indices?.[2];
    if (code) emit('LOCATION', code[0], code[1], tier.shape);
    if (address) emit('LOCATION', address[0], address[1], tier.context);
  });
  // "서울특별시 마포구 월드컵로 21", "부산광역시 해운대구": a Korean city, its district and its road.
  scan(text, /(?<![\p{Script=Hangul}])\p{Script=Hangul}{1,5}(?:특별시|광역시|특별자치시|특별자치도)(?: \p{Script=Hangul}{1,5}(?:구|군|시))?(?: \p{Script=Hangul}{1,8}(?:로|길|동) ?\d{0,4}(?:-\d{1,4})?)?/gu, (m) => {
    emit('LOCATION', m.index, m.index + m[0].length, tier.context);
  });
  // "令和5年4月1日": a date in a Japanese era; "6月12日（水）": a day and a month without the year.
  scan(text, /(?:令和|平成|昭和)(?:\d{1,2}|元)年\d{1,2}月\d{1,2}日|(?<![\d年])\d{1,2}月\d{1,2}日/gu, (m) => emit('DATE', m.index, m.index + m[0].length, tier.shape));
  // "九十二岁", "一百零一歲": an age of 90 or more in Chinese numerals.
  scan(text, /(九十[一二三四五六七八九]?|一百[零一二三四五六七八九十]*)(?=岁|歲|歳)/dgu, (m) => emit('AGE', m.index, m.index + m[0].length, tier.context));
}

const cyrillicWord = '\\p{Lu}[\\p{Script=Cyrillic}-]*\\p{Ll}';
const patronymic = /(?:овна|евна|ична|инична|ович|евич|ич)$/u;
/** Kinship and role words that open a Russian sentence before a name ("Бабушка Валентина Ивановна"). */
const cyrillicRoles = new Set('бабушка дедушка мама папа мать отец сын дочь муж жена брат сестра истец истица ответчик ответчица пациент пациентка больной больная гражданин гражданка врач доктор заявитель'.split(' '));

function findCyrillic(text: string, emit: Emit): void {
  // "Иванова Мария Петровна", "Валентина Ивановна": two or three names, one of them a patronymic.
  scan(text, new RegExp(`(?<![\\p{L}])(${cyrillicWord}(?: ${cyrillicWord}){1,2})(?![\\p{L}])`, 'dgu'), (m) => {
    const span = m.indices?.[1];
    let words = (m[1] ?? '').split(' ');
    if (!span || !words.some((w) => patronymic.test(w) && w.length >= 6)) return false;
    const dropped = cyrillicRoles.has((words[0] ?? '').toLowerCase()) ? 1 : 0;
    words = words.slice(dropped);
    const start = dropped ? text.indexOf(words[0] ?? '', span[0]) : span[0];
    if (words.length >= 2) emit('NAME', start, span[1], tier.context);
  });
  // "Иванов И. И.": a family name and initials.
  scan(text, /(?<![\p{L}])(\p{Lu}\p{Ll}+(?:ов|ова|ев|ева|ин|ина|ский|ская|цкий|цкая) \p{Lu}\. ?\p{Lu}\.)/dgu, (m) => emit('NAME', m.index, m.index + m[0].length, tier.context));
  // "г. Казань", "город Тверь": a town.
  scan(text, /(?:(?<![\p{L}])г\.|город|пос\.|с\.) ?(\p{Lu}\p{Ll}+(?:-\p{Lu}?\p{Ll}+)*)/dgu, (m) => {
    const span = m.indices?.[1];
    if (span) emit('LOCATION', span[0], span[1], tier.context);
  });
  // "ул. Баумана, д. 19, кв. 7": a street, a house and a flat.
  scan(text, /(?<![\p{L}])(?:ул\.|улица|пр\.|проспект|пер\.|переулок|ш\.|наб\.) ?\p{Lu}[\p{L}-]+(?: \p{Lu}[\p{L}-]+)?(?:,? д\.? ?\d+[а-я]?)?(?:,? (?:корп\.|к\.) ?\d+)?(?:,? кв\.? ?\d+)?/gu, (m) => emit('LOCATION', m.index, m.index + m[0].length, tier.context));
}

const arabicGiven =
  'محمد|أحمد|احمد|علي|حسن|حسين|عبد|عبدالله|فاطمة|مريم|خالد|عمر|يوسف|إبراهيم|ابراهيم|مصطفى|محمود|سارة|نور|ليلى|زينب|عائشة|سعيد|سعد|ناصر|سلمان|فيصل|طارق|هدى|أمينة|رشيد|كريم|جمال|عادل|سامي|ماجد|وليد|هشام|ياسر|رانيا|منى|سلمى|نادية|هند|أمل|بلال|حمزة|إسماعيل|صالح|سليمان|عثمان|جميلة|خديجة';
/** Words that end a name in Arabic: prepositions, "his age", "lives", "phone", "years". */
const arabicStops = new Set('في من على إلى الى عن مع و عمره عمرها يسكن تسكن يعيش تعيش المقيم المقيمة هاتف جوال سنة سنوات قال قالت هو هي ابن بنت رقم'.split(' '));

function findArabic(text: string, emit: Emit): void {
  // "محمد عبد الرحمن الزهراني": a common given name and up to three more names.
  scan(text, new RegExp(`(?<![\\p{Script=Arabic}])(?:${arabicGiven})(?:\\s+\\p{Script=Arabic}+){1,3}`, 'gu'), (m) => {
    const words = m[0].split(/\s+/);
    let keep = 1;
    while (keep < words.length && !arabicStops.has(words[keep] ?? '')) keep++;
    if (keep < 2) return false;
    const name = words.slice(0, keep).join(' ');
    emit('NAME', m.index, m.index + name.length, tier.context);
  });
  // "المقيم في جدة", "يسكن في عمّان": where someone lives.
  scan(text, /(?:المقيم|المقيمة|يسكن|تسكن|يعيش|تعيش|مقيم|مقيمة)\s+في\s+(\p{Script=Arabic}[\p{Script=Arabic}\p{M}]*)/dgu, (m) => {
    const span = m.indices?.[1];
    if (span && m[1] !== 'حي') emit('LOCATION', span[0], span[1], tier.context);
  });
  // "في حي الملقا في الرياض", "نسكن في حي النصر في تونس": a neighbourhood, then the city after it.
  scan(text, /حي\s+(\p{Script=Arabic}+)(?:[،,]?\s+(?:في|ب)\s*(\p{Script=Arabic}+))?/dgu, (m) => {
    const district = m.indices?.[1];
    const city = m.indices?.[2];
    if (district) emit('LOCATION', district[0], district[1], tier.context);
    if (city) emit('LOCATION', city[0], city[1], tier.context);
  });
  // "هاتف 0501234567": a phone number after its label.
  scan(text, /(?:هاتف|جوال|موبايل|الهاتف|رقم الهاتف)\s*:?\s*(\+?[\d٠-٩][\d٠-٩ -]{6,16}[\d٠-٩])/dgu, (m) => {
    const span = m.indices?.[1];
    if (span) emit('PHONE', span[0], span[1], tier.label);
  });
  // "عمره ٩٢ سنة": an age of 90 or more, in either kind of digits.
  scan(text, /(?:عمره|عمرها|العمر|عمر)\s*:?\s*([\d٠-٩]{2,3})/dgu, (m) => {
    const span = m.indices?.[1];
    const years = Number((m[1] ?? '').replace(/[٠-٩]/g, (d) => String(d.charCodeAt(0) - 0x0660)));
    if (span && years >= 90) emit('AGE', span[0], span[1], tier.context);
  });
}

/**
 * Titles and role words written before a name in scripts without capitals: Thai (คุณ, นาย, นาง),
 * Amharic (አቶ, ወ/ሮ), Hebrew (מר, גב', the patient), Hindi (श्री, श्रीमती, डॉ), Persian (آقای, خانم).
 * The two words after one are the name (Thai writes คุณ against the name).
 */
const caselessTitle = /(?:คุณ|นางสาว|นาย|นาง|ด\.ช\.|ด\.ญ\.)(\p{Script=Thai}+(?: \p{Script=Thai}+)?)|(?<![\p{L}])(?:አቶ|ወ\/ሮ|ወይዘሮ|ወ\/ሪት|ዶ\/ር|ሕፃን) (\p{Script=Ethiopic}+(?: \p{Script=Ethiopic}+)?)|(?<![\p{L}])(?:מר|גב['׳]|גברת|ד["״]ר|המטופלת|המטופל|החולה|הילדה|הילד|התובע|הנתבע) (\p{Script=Hebrew}+(?: \p{Script=Hebrew}+)?)|(?<![\p{L}\p{M}])(?:श्रीमती|श्री|सुश्री|डॉ\.?|रोगी:?|मरीज़:?|नाम:?) ((?:[\p{Script=Devanagari}\p{M}]+)(?: [\p{Script=Devanagari}\p{M}]+){0,2})|(?<![\p{L}])(?:آقای|خانم|بیمار:?|دکتر) (\p{Script=Arabic}+(?: \p{Script=Arabic}+)?)/dgu;
/** Words that end a Hindi name: postpositions and verbs ("का", "है", "को"). */
const hindiStops = new Set('का की के है हैं को ने से में और उम्र आयु साल निवासी'.split(' '));

/** Finds names, places, dates and ages written in scripts without capital letters. */
export function findInOtherScripts(text: string, emit: Emit): void {
  if (/[\p{Script=Thai}\p{Script=Ethiopic}\p{Script=Hebrew}\p{Script=Devanagari}\p{Script=Arabic}]/u.test(text)) {
    for (const m of text.matchAll(caselessTitle)) {
      const g = [1, 2, 3, 4, 5].find((i) => m[i] !== undefined) ?? 1;
      const span = m.indices?.[g];
      if (!span) continue;
      let words = (m[g] ?? '').split(' ');
      const stop = words.findIndex((w, i) => i > 0 && hindiStops.has(w));
      if (stop > 0) words = words.slice(0, stop);
      const name = words.join(' ');
      if (name.length >= 2) emit('NAME', span[0], span[0] + name.length, tier.context);
    }
    // "อายุ 90 ปี", "95 ዓመቱ", "בת 92", "आयु 92", "۹۴ ساله": an age of 90 or more after or before the word for years.
    for (const m of text.matchAll(/(?:อายุ|(?<![\p{L}])(?:בן|בת)|आयु:?|उम्र:?) ?([\d]{2,3})|([\d۰-۹٠-٩]{2,3}) ?(?:ዓመ|ปี|ساله|سال)/dgu)) {
      const g = m[1] !== undefined ? 1 : 2;
      const span = m.indices?.[g];
      const years = Number((m[g] ?? '').replace(/[۰-۹]/g, (d) => String(d.charCodeAt(0) - 0x06f0)).replace(/[٠-٩]/g, (d) => String(d.charCodeAt(0) - 0x0660)));
      if (span && years >= 90 && years <= 125) emit('AGE', span[0], span[1], tier.context);
    }
    // "ساکن شیراز", "निवासी लखनऊ", "גר ברחוב הרצל 12", "บ้านเลขที่ 45": where someone lives.
    for (const m of text.matchAll(/(?:ساکن|اهل) (\p{Script=Arabic}+)|निवासी ([\p{Script=Devanagari}\p{M}]+)|([\p{Script=Devanagari}\p{M}]+) में रह|(?<![\p{L}])גר(?:ה|ים)? ב((?:רחוב )?\p{Script=Hebrew}+(?: \p{Script=Hebrew}+)?(?: \d{1,4})?)|บ้านเลขที่ (\d{1,4}(?:\/\d{1,4})?(?: (?:ซอย|ถนน|ซ\.|ถ\.)\p{Script=Thai}+)*)/dgu)) {
      const g = [1, 2, 3, 4, 5].find((i) => m[i] !== undefined) ?? 1;
      const span = m.indices?.[g];
      if (span) emit('LOCATION', span[0], span[1], tier.context);
    }
  }
  if (/[\p{Script=Han}\p{Script=Hangul}]/u.test(text)) findCjk(text, emit);
  if (/\p{Script=Cyrillic}/u.test(text)) findCyrillic(text, emit);
  if (/\p{Script=Arabic}/u.test(text)) findArabic(text, emit);
}
