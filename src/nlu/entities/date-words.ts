// Our multilingual lexicon of relative date words for the 13 languages: day offsets, weekday
// names, week words, and the "ago"/"in" phrases around a number of days.

/** Phrase → offset in days from today. */
export const DAY_OFFSETS: Record<string, number> = {
  // en
  today: 0, tonight: 0, tomorrow: 1, tmr: 1, tmrw: 1, yesterday: -1, 'day after tomorrow': 2, 'day before yesterday': -2,
  // id / ms
  'hari ini': 0, besok: 1, esok: 1, 'lusa': 2, kemarin: -1, kemaren: -1, semalam: -1, 'kelmarin': -2,
  // vi
  'hôm nay': 0, 'hom nay': 0, 'ngày mai': 1, 'ngay mai': 1, 'hôm qua': -1, 'hom qua': -1, 'ngày kia': 2, 'ngay kia': 2, 'hôm kia': -2, 'hom kia': -2,
  // fil
  ngayon: 0, 'ngayong araw': 0, bukas: 1, kahapon: -1, 'sa makalawa': 2,
  // es
  hoy: 0, mañana: 1, manana: 1, ayer: -1, 'pasado mañana': 2, anteayer: -2,
  // pt
  hoje: 0, amanhã: 1, amanha: 1, ontem: -1, 'depois de amanhã': 2, anteontem: -2,
  // zh (Simplified; Traditional is folded to it before matching)
  今天: 0, 今日: 0, 明天: 1, 明日: 1, 昨天: -1, 昨日: -1, 后天: 2, 前天: -2,
  // ja
  きょう: 0, あした: 1, あす: 1, きのう: -1, 明後日: 2, あさって: 2, 一昨日: -2, おととい: -2,
  // ko
  오늘: 0, 내일: 1, 어제: -1, 모레: 2, 그저께: -2, 그제: -2,
  // th
  วันนี้: 0, พรุ่งนี้: 1, เมื่อวาน: -1, เมื่อวานนี้: -1, มะรืนนี้: 2,
  // ar
  اليوم: 0, غدا: 1, غداً: 1, بكرة: 1, بكره: 1, أمس: -1, امس: -1, البارحة: -1, 'بعد غد': 2,
};

/** Weekday names (index 0 = Monday). */
export const WEEKDAYS: Record<string, number> = {
  monday: 0, tuesday: 1, wednesday: 2, thursday: 3, friday: 4, saturday: 5, sunday: 6,
  senin: 0, selasa: 1, rabu: 2, kamis: 3, jumat: 4, "jum'at": 4, sabtu: 5, minggu: 6, isnin: 0, khamis: 3, jumaat: 4, ahad: 6,
  'thứ hai': 0, 'thứ ba': 1, 'thứ tư': 2, 'thứ năm': 3, 'thứ sáu': 4, 'thứ bảy': 5, 'chủ nhật': 6,
  'thu hai': 0, 'thu ba': 1, 'thu tu': 2, 'thu nam': 3, 'thu sau': 4, 'thu bay': 5, 'chu nhat': 6,
  lunes: 0, martes: 1, miércoles: 2, miercoles: 2, jueves: 3, viernes: 4, sábado: 5, sabado: 5, domingo: 6,
  'segunda-feira': 0, segunda: 0, 'terça-feira': 1, terça: 1, terca: 1, 'quarta-feira': 2, quarta: 2, 'quinta-feira': 3, quinta: 3, 'sexta-feira': 4, sexta: 4,
  huwebes: 3, biyernes: 4, linggo: 6, miyerkules: 2,
  星期一: 0, 星期二: 1, 星期三: 2, 星期四: 3, 星期五: 4, 星期六: 5, 星期日: 6, 星期天: 6,
  周一: 0, 周二: 1, 周三: 2, 周四: 3, 周五: 4, 周六: 5, 周日: 6, 礼拜一: 0, 礼拜二: 1, 礼拜三: 2, 礼拜四: 3, 礼拜五: 4, 礼拜六: 5, 礼拜天: 6,
  月曜日: 0, 火曜日: 1, 水曜日: 2, 木曜日: 3, 金曜日: 4, 土曜日: 5, 日曜日: 6,
  월요일: 0, 화요일: 1, 수요일: 2, 목요일: 3, 금요일: 4, 토요일: 5, 일요일: 6,
  วันจันทร์: 0, วันอังคาร: 1, วันพุธ: 2, วันพฤหัสบดี: 3, วันพฤหัส: 3, วันศุกร์: 4, วันเสาร์: 5, วันอาทิตย์: 6,
  الاثنين: 0, الإثنين: 0, الثلاثاء: 1, الأربعاء: 2, الاربعاء: 2, الخميس: 3, الجمعة: 4, السبت: 5, الأحد: 6, الاحد: 6,
};

/** Words before or after a weekday or "week" that point forward (+1) or back (−1). */
export const NEXT_WORDS = ['next', 'coming', 'this coming', 'depan', 'hadapan', 'sau', 'tới', 'toi', 'tuần sau', 'próximo', 'proximo', 'próxima', 'proxima', 'que vem', 'susunod na', 'sa susunod na', '下', '下个', '来', '다음', '다음주', 'หน้า', 'القادم', 'القادمة', 'المقبل'];
export const LAST_WORDS = ['last', 'past', 'previous', 'lalu', 'lepas', 'trước', 'truoc', 'pasado', 'pasada', 'passado', 'passada', 'nakaraang', 'noong', '上', '上个', '先', '지난', 'ที่แล้ว', 'ก่อน', 'الماضي', 'الماضية', 'السابق'];

/** Whole-phrase week references (already folded to Simplified Chinese). */
export const WEEK_PHRASES: Record<string, number> = {
  'next week': 1, 'last week': -1, 'this week': 0, 'minggu depan': 1, 'minggu lalu': -1, 'minggu lepas': -1, 'minggu ini': 0,
  'tuần sau': 1, 'tuần tới': 1, 'tuần trước': -1, 'tuần này': 0, 'tuan sau': 1, 'tuan toi': 1, 'tuan truoc': -1, 'tuan nay': 0,
  'la semana pasada': -1, 'la próxima semana': 1, 'la proxima semana': 1, 'semana pasada': -1, 'próxima semana': 1, 'proxima semana': 1, 'esta semana': 0,
  'semana passada': -1, 'semana que vem': 1, 'nesta semana': 0,
  'susunod na linggo': 1, 'nakaraang linggo': -1, 'noong isang linggo': -1, 'ngayong linggo': 0,
  下周: 1, 上周: -1, 本周: 0, 这周: 0, 下星期: 1, 上星期: -1, 下个星期: 1, 上个星期: -1, 下礼拜: 1, 上礼拜: -1, 下个礼拜: 1, 上个礼拜: -1,
  来週: 1, 先週: -1, 今週: 0, 다음주: 1, '다음 주': 1, 지난주: -1, '지난 주': -1, 이번주: 0, '이번 주': 0,
  สัปดาห์หน้า: 1, สัปดาห์ที่แล้ว: -1, อาทิตย์หน้า: 1, อาทิตย์ที่แล้ว: -1, สัปดาห์นี้: 0,
  'الأسبوع القادم': 1, 'الاسبوع القادم': 1, 'الأسبوع الماضي': -1, 'الاسبوع الماضي': -1, 'هذا الأسبوع': 0,
};

/** "N days ago" / "in N days" with {n} for the number. */
export const DAYS_AGO_PATTERNS: Array<{ pattern: string; sign: 1 | -1 }> = [
  { pattern: '{n} days? ago', sign: -1 }, { pattern: 'in {n} days?', sign: 1 }, { pattern: '{n} days? from now', sign: 1 },
  { pattern: '{n} hari (?:yang )?(?:lalu|lepas)', sign: -1 }, { pattern: '{n} hari lagi', sign: 1 }, { pattern: 'dalam {n} hari', sign: 1 },
  { pattern: '{n} ngày trước', sign: -1 }, { pattern: '{n} ngay truoc', sign: -1 }, { pattern: '{n} ngày nữa', sign: 1 }, { pattern: '{n} ngay nua', sign: 1 },
  { pattern: '{n} araw na ang nakalipas', sign: -1 }, { pattern: 'nakaraang {n} araw', sign: -1 }, { pattern: 'sa loob ng {n} araw', sign: 1 },
  { pattern: 'hace {n} días?', sign: -1 }, { pattern: 'hace {n} dias?', sign: -1 }, { pattern: 'en {n} días?', sign: 1 }, { pattern: 'dentro de {n} días?', sign: 1 },
  { pattern: 'há {n} dias?', sign: -1 }, { pattern: 'ha {n} dias?', sign: -1 }, { pattern: '{n} dias? atrás', sign: -1 }, { pattern: 'em {n} dias?', sign: 1 },
  { pattern: '{n} ?天前', sign: -1 }, { pattern: '{n} ?天后', sign: 1 }, { pattern: '{n} ?日前', sign: -1 }, { pattern: '{n} ?日後', sign: 1 },
  { pattern: '{n} ?일 ?전', sign: -1 }, { pattern: '{n} ?일 ?후', sign: 1 }, { pattern: '{n} ?일 ?뒤', sign: 1 },
  { pattern: '{n} ?วัน(?:ที่แล้ว|ก่อน)', sign: -1 }, { pattern: 'อีก ?{n} ?วัน', sign: 1 },
  { pattern: 'قبل {n} (?:أيام|ايام|يوم)', sign: -1 }, { pattern: 'بعد {n} (?:أيام|ايام|يوم)', sign: 1 },
];

/** Month names for "11 Nov", "Nov 11", "11 de noviembre" (1 = January). */
export const MONTHS: Record<string, number> = {
  january: 1, jan: 1, february: 2, feb: 2, march: 3, mar: 3, april: 4, apr: 4, may: 5, june: 6, jun: 6, july: 7, jul: 7,
  august: 8, aug: 8, september: 9, sep: 9, sept: 9, october: 10, oct: 10, november: 11, nov: 11, december: 12, dec: 12,
  januari: 1, februari: 2, maret: 3, mac: 3, mei: 5, juni: 6, juli: 7, agustus: 8, ogos: 8, oktober: 10, okt: 10, desember: 12, disember: 12,
  enero: 1, febrero: 2, marzo: 3, abril: 4, mayo: 5, junio: 6, julio: 7, agosto: 8, septiembre: 9, setiembre: 9, octubre: 10, noviembre: 11, diciembre: 12,
  janeiro: 1, fevereiro: 2, março: 3, marco: 3, maio: 5, junho: 6, julho: 7, setembro: 9, outubro: 10, novembro: 11, dezembro: 12,
  pebrero: 2, marso: 3, hunyo: 6, hulyo: 7, setyembre: 9, oktubre: 10, nobyembre: 11, disyembre: 12,
};
