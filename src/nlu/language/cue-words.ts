// Our own cue-word lists for what statistical detectors miss on chat: Indonesian vs Malay,
// Vietnamese typed without diacritics, Taglish (Filipino mixed with English) and Arabizi
// (Arabic in Latin letters with digits for sounds: 3 = ع, 7 = ح, 2 = ء). Each list holds words
// that are frequent in shop chat in one language and rare in the others it is confused with.

export const INDONESIAN_CUES = new Set([
  'bisa', 'gak', 'ga', 'gk', 'nggak', 'ngga', 'enggak', 'mau', 'ongkir', 'udah', 'udh', 'gimana', 'dong',
  'deh', 'sih', 'banget', 'aja', 'doang', 'nih', 'tuh', 'kok', 'uang', 'dikirim', 'kirim', 'nomor', 'resi',
  'rekening', 'ukuran', 'gratis', 'diskon', 'toko', 'karena', 'krn', 'besok', 'kemarin', 'makasih', 'trims',
  'gan', 'rusak', 'nyampe', 'belom', 'sampe', 'pengembalian', 'dana', 'telepon', 'pesan', 'paham', 'setelah',
  'mobil', 'beneran', 'kayak', 'gini', 'gitu', 'emang', 'nanya', 'tolongin', 'bapak', 'mas', 'mbak', 'kapan',
  'harus', 'pengiriman', 'saja', 'ngirim', 'dateng', 'datang', 'kurir', 'tanya', 'bgt',
]);

export const MALAY_CUES = new Set([
  'boleh', 'tak', 'nak', 'mahu', 'pos', 'penghantaran', 'hantar', 'dihantar', 'saiz', 'nombor', 'akaun',
  'wang', 'percuma', 'diskaun', 'kedai', 'kerana', 'sebab', 'esok', 'semalam', 'rosak', 'pulangan', 'encik',
  'puan', 'cik', 'kereta', 'camne', 'camana', 'mcm', 'macam', 'je', 'jer', 'dah', 'bila', 'parcel', 'kurier',
  'selepas', 'beritahu', 'faham', 'betul', 'amat', 'kena', 'baucar', 'telefon', 'mesej', 'tukar', 'kat',
  'takde', 'tiada', 'ape', 'awak', 'korang', 'ni', 'tu', 'jugak', 'sikit', 'lambat', 'ringgit', 'rm', 'semak',
  'sahaja', 'bayaran', 'terlalu', 'mengapa', 'sekejap',
]);

/** Words counted for Indonesian/Malay before the discriminator splits the two. */
export const MALAY_FAMILY_CUES = new Set([...INDONESIAN_CUES, ...MALAY_CUES, 'hai', 'halo', 'kak', 'saya', 'aku', 'pesanan', 'barang', 'sampai', 'tolong', 'terima', 'kasih', 'berapa', 'harga', 'bayar', 'mohon', 'yang', 'yg', 'dengan', 'dgn', 'untuk', 'utk', 'sy', 'ini', 'itu', 'tapi']);

export const VIETNAMESE_PLAIN_CUES = new Set([
  'khong', 'ko', 'cua', 'toi', 'minh', 'duoc', 'dc', 'nhieu', 'chua', 'roi', 'nhe', 'muon', 'tien', 'huy',
  'voi', 'giao', 'hang', 'don', 'nao', 'vay', 'bao', 'gio', 'nay', 'sao', 'lam', 'ban', 'shop', 'oi', 'a',
  'em', 'anh', 'chi', 'cho', 'nhan', 'doi', 'tra', 'gia', 'bn', 'dau', 'giup', 'voi', 'hoan', 'ma', 'van',
  'sp', 'dat', 'mua', 'thi', 'la', 'co', 'nhu', 'the', 'phai', 'gui', 'xin', 'cam', 'on', 'ak', 'ah', 'k',
  'j', 'gi', 'hok', 'hong', 'nua', 'lau', 'qua', 'ngay', 'mai', 'hom', 'tuan', 'ship', 'size', 'mau',
]);

/** Words strong enough on their own; the others above only count alongside a strong one. */
export const VIETNAMESE_STRONG_CUES = new Set([
  'khong', 'cua', 'toi', 'minh', 'duoc', 'dc', 'nhieu', 'chua', 'roi', 'nhe', 'muon', 'tien', 'huy', 'giao',
  'nao', 'vay', 'sao', 'giup', 'hoan', 'phai', 'gui', 'xin', 'hok', 'nua', 'hom', 'tuan', 'bao', 'nhan',
]);

export const TAGALOG_CUES = new Set([
  'po', 'opo', 'naman', 'yung', 'ung', 'ang', 'ng', 'mga', 'ko', 'ba', 'na', 'pa', 'lang', 'kasi', 'sana',
  'pwede', 'puwede', 'paano', 'pano', 'saan', 'nasaan', 'kailan', 'ano', 'bakit', 'hindi', 'di', 'wala',
  'meron', 'may', 'salamat', 'dumating', 'ako', 'niyo', 'ninyo', 'natin', 'kayo', 'sya', 'siya', 'din',
  'rin', 'talaga', 'yun', 'nyo', 'ito', 'iyan', 'yan', 'dito', 'doon', 'sa', 'ni', 'si', 'akin', 'ako',
  'kami', 'namin', 'nila', 'magkano', 'ilan', 'pag', 'kung', 'lagi', 'parin', 'pa rin', 'nga', 'mo',
  'ayaw', 'gusto', 'kailangan', 'bayad', 'padala', 'order', 'kaya', 'muna', 'agad', 'ngayon', 'bukas',
  'kahapon', 'ate', 'kuya', 'sir', 'maam', 'ma\'am', 'pakicheck', 'paki', 'nako', 'hay', 'grabe', 'sobra',
]);

export const TAGALOG_STRONG_CUES = new Set([
  'po', 'opo', 'naman', 'yung', 'mga', 'lang', 'kasi', 'pwede', 'puwede', 'paano', 'pano', 'nasaan', 'kailan',
  'bakit', 'hindi', 'wala', 'meron', 'salamat', 'dumating', 'niyo', 'ninyo', 'natin', 'talaga', 'magkano',
  'ngayon', 'kahapon', 'bukas', 'pakicheck', 'paki', 'nyo', 'namin', 'kailangan', 'gusto', 'ayaw', 'padala',
]);

export const ARABIZI_CUES = new Set([
  'el', 'al', 'wen', 'wein', 'fein', 'feen', 'fen', 'talab', 'talabi', 'talaby', 'ana', 'enta', 'inta',
  'enti', 'inti', 'mesh', 'msh', 'mish', 'shukran', 'shokran', 'yalla', 'habibi', 'wallah', 'walla', 'akhi',
  'ya', 'bidi', 'baddi', 'biddi', 'fi', 'fe', 'kam', 'kif', 'keef', 'shu', 'sho', 'eh', 'leh', 'lesh', 'lish',
  'bas', 'tayeb', 'tamam', 'inshallah', 'salam', 'marhaba', 'ahlan', 'wesel', 'wasal', 'mafi', 'fatoora',
  'lissa', 'lesa', 'lsa', 'ba3d', 'shi', 'ay', 'aya', 'ezay', 'izay', 'izzay', 'emta', 'imta', 'amta',
  'delwa2ti', 'dilwa2ti', 'hala2', 'halla', 'bokra', 'bukra', 'embareh', 'mbareh', 'ams', 'fulus', 'flous',
  'maktoob', 'tawseel', 'tawsil', 'sha7n', 'shahn', 'mantoj', 'montag', 'el-talab', 'eltalab', 'mawgood',
  'mawjood', 'raja3', 'rag3', 'arga3', 'erja3', 'kaman', 'kamaan', 'bel', 'bil', 'min', 'mn', 'ma3', 'momken', 'mumkin', 'ktir', 'kteer', 'wala', 'keda', 'kda', 'ma',
]);

/** Arabizi words that say it on their own, even in a two-word line ("shukran ktir"). */
export const ARABIZI_STRONG_CUES = new Set([
  'shukran', 'shokran', 'yalla', 'habibi', 'wallah', 'inshallah', 'mesh', 'msh', 'mish', 'talab', 'talabi',
  'fulus', 'flous', 'ezay', 'izzay', 'emta', 'imta', 'bokra', 'bukra', 'tayeb', 'tamam', 'momken', 'mumkin',
  'ana', 'enta', 'inta', 'enti', 'wesel', 'wasal', 'tawseel', 'ktir', 'kteer', 'keda', 'kda', 'lissa', 'lesa',
]);

/** Short greetings and thanks that are English in any of our markets unless context says otherwise. */
export const ENGLISH_CUES = new Set([
  'hi', 'hello', 'hey', 'ok', 'okay', 'thanks', 'thank', 'thx', 'pls', 'please', 'yes', 'no', 'sure', 'bye',
  'where', 'what', 'when', 'how', 'why', 'my', 'the', 'is', 'are', 'can', 'you', 'i', 'it', 'order', 'refund',
]);

/** Arabizi's digit letters inside a word: "ta3i", "7abibi", "sa2al" (not "mp3", "4g", "b2b"). */
export const ARABIZI_DIGIT_WORD = /^(?:[a-z]+[23456789][a-z]+|[2357][a-z]{2,}|[a-z]{2,}[2357])$/;
