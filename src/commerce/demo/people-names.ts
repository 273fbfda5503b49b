// Personal names per market, in the script shoppers type at checkout, each with a romanisation
// for the e-mail address they would have picked.
import type { Random } from './random.js';

/** A name part as written natively, and romanised. Latin-script parts romanise by dropping accents. */
type Part = string | readonly [native: string, roman: string];

export interface PersonName {
  /** As the customer wrote it. */
  display: string;
  /** Romanised given name and family name, lower-case ASCII, for e-mail addresses. */
  given: string;
  family: string;
}

function ascii(text: string): string {
  return text.normalize('NFD').replace(/[\u0300-\u036f]/g, '').replace(/[đĐ]/g, 'd').toLowerCase()
    .replace(/[^a-z0-9]/g, '');
}

const native = (part: Part): string => (typeof part === 'string' ? part : part[0]);
const roman = (part: Part): string => ascii(typeof part === 'string' ? part : part[1]);

const WESTERN_GIVEN = ['Olivia', 'Emma', 'Charlotte', 'Amelia', 'Sophie', 'Grace', 'Chloe', 'Hannah', 'Liam', 'Noah', 'James', 'Oliver', 'Ethan', 'Lucas', 'Daniel', 'Matthew', 'Ryan', 'Jack', 'Isla', 'Zoe'];
const WESTERN_FAMILY = ['Smith', 'Johnson', 'Williams', 'Brown', 'Taylor', 'Wilson', 'Davies', 'Martin', 'Thompson', 'Walker', 'Clarke', 'Robinson', 'Wright', 'Hughes', 'Mitchell', 'Campbell', 'Nguyen', 'Patel'];

const SG_ENGLISH_GIVEN = ['Rachel', 'Marcus', 'Jolene', 'Darren', 'Cheryl', 'Bryan', 'Germaine', 'Shawn', 'Vanessa', 'Joel', 'Clarissa', 'Wei Jie', 'Hui Min', 'Jun Hao', 'Xin Yi'];
const SG_CHINESE_FAMILY = ['Tan', 'Lim', 'Lee', 'Ng', 'Ong', 'Wong', 'Goh', 'Chua', 'Koh', 'Teo', 'Chan', 'Yeo', 'Sim', 'Toh'];
const SG_INDIAN_GIVEN = ['Priya', 'Arjun', 'Kavitha', 'Vikram', 'Divya', 'Rajesh', 'Anitha', 'Suresh'];
const SG_INDIAN_FAMILY = ['Nair', 'Pillai', 'Menon', 'Raj', 'Krishnan', 'Subramaniam', 'Singh', 'Ramasamy'];

const CHINESE_FAMILY: Part[] = [['王', 'wang'], ['李', 'li'], ['张', 'zhang'], ['刘', 'liu'], ['陈', 'chen'], ['杨', 'yang'], ['黄', 'huang'], ['赵', 'zhao'], ['吴', 'wu'], ['周', 'zhou'], ['徐', 'xu'], ['孙', 'sun'], ['林', 'lin'], ['何', 'he'], ['郭', 'guo']];
const CHINESE_GIVEN: Part[] = [['伟', 'wei'], ['芳', 'fang'], ['娜', 'na'], ['静', 'jing'], ['敏', 'min'], ['丽', 'li'], ['强', 'qiang'], ['磊', 'lei'], ['艳', 'yan'], ['杰', 'jie'], ['婷', 'ting'], ['雪', 'xue'], ['欣怡', 'xinyi'], ['子涵', 'zihan'], ['浩然', 'haoran'], ['雨萱', 'yuxuan'], ['思远', 'siyuan'], ['俊杰', 'junjie']];

const HK_FAMILY: Part[] = [['陳', 'chan'], ['李', 'lee'], ['張', 'cheung'], ['黃', 'wong'], ['劉', 'lau'], ['林', 'lam'], ['吳', 'ng'], ['梁', 'leung'], ['何', 'ho'], ['郭', 'kwok'], ['羅', 'law'], ['鄭', 'cheng']];
const HK_GIVEN: Part[] = [['嘉欣', 'kayan'], ['偉文', 'waiman'], ['詠琪', 'wingki'], ['志明', 'chiming'], ['美玲', 'meiling'], ['家豪', 'kaho'], ['凱琳', 'hoilam'], ['俊傑', 'chunkit'], ['曉彤', 'hiutung'], ['子軒', 'tszhin']];
const HK_ENGLISH_FAMILY = ['Chan', 'Wong', 'Lau', 'Cheung', 'Leung', 'Lam', 'Ho', 'Ng', 'Tsang', 'Yip'];
const TW_FAMILY: Part[] = [['陳', 'chen'], ['林', 'lin'], ['黃', 'huang'], ['張', 'chang'], ['李', 'li'], ['王', 'wang'], ['吳', 'wu'], ['劉', 'liu'], ['蔡', 'tsai'], ['楊', 'yang'], ['許', 'hsu'], ['鄭', 'cheng']];
const TW_GIVEN: Part[] = [['怡君', 'yichun'], ['雅婷', 'yating'], ['家豪', 'chiahao'], ['冠宇', 'kuanyu'], ['欣妤', 'hsinyu'], ['承恩', 'chengen'], ['宜蓁', 'yichen'], ['柏翰', 'pohan'], ['詩涵', 'shihhan'], ['宗翰', 'tsunghan']];

const INDONESIAN_GIVEN = ['Siti', 'Dewi', 'Putri', 'Ayu', 'Rina', 'Intan', 'Budi', 'Agus', 'Andi', 'Rizky', 'Fajar', 'Dimas', 'Yusuf', 'Nadia', 'Aulia', 'Rahmat', 'Anisa', 'Bayu'];
const INDONESIAN_FAMILY = ['Rahmawati', 'Saputra', 'Wijaya', 'Santoso', 'Hidayat', 'Lestari', 'Pratama', 'Kusuma', 'Nugroho', 'Setiawan', 'Siregar', 'Hasibuan', 'Wulandari', 'Halim'];

const MALAY_MEN = ['Muhammad Hafiz', 'Ahmad Faiz', 'Mohd Aiman', 'Amirul Hakim', 'Haziq', 'Syafiq', 'Irfan', 'Danial'];
const MALAY_WOMEN = ['Nur Aisyah', 'Nur Syafiqah', 'Farah Nadia', 'Aina Sofea', 'Nurin Balqis', 'Siti Khadijah', 'Alya Maisarah', 'Puteri Amani'];
const MALAY_FATHERS = ['Ahmad', 'Ismail', 'Abdullah', 'Rahman', 'Hassan', 'Yusof', 'Zainal', 'Osman', 'Hamid', 'Kamarudin'];

const THAI_GIVEN: Part[] = [['สมชาย', 'somchai'], ['สุดารัตน์', 'sudarat'], ['ณัฐพล', 'nattapon'], ['พิมพ์ชนก', 'pimchanok'], ['ธนพล', 'thanapon'], ['กมลชนก', 'kamonchanok'], ['วรวุฒิ', 'worawut'], ['ศิริพร', 'siriporn'], ['อนุชา', 'anucha'], ['ปิยะนุช', 'piyanuch'], ['กิตติพงษ์', 'kittipong'], ['นภัสสร', 'napatsorn']];
const THAI_FAMILY: Part[] = [['ใจดี', 'jaidee'], ['ศรีสุข', 'srisuk'], ['วงศ์สวัสดิ์', 'wongsawat'], ['แสงทอง', 'saengthong'], ['บุญมา', 'boonma'], ['พรหมมา', 'phromma'], ['สุขสวัสดิ์', 'suksawat'], ['ทองดี', 'thongdee'], ['รัตนพันธ์', 'rattanaphan'], ['ชัยมงคล', 'chaimongkol']];

const VIETNAMESE_FAMILY = ['Nguyễn', 'Trần', 'Lê', 'Phạm', 'Hoàng', 'Huỳnh', 'Võ', 'Đặng', 'Bùi', 'Đỗ'];
/** Middle and given name together; the e-mail uses only the given name. */
const VIETNAMESE_GIVEN: Array<readonly [string, string]> = [['Thị Lan', 'lan'], ['Văn Hùng', 'hung'], ['Minh Anh', 'minhanh'], ['Thu Trang', 'trang'], ['Quốc Bảo', 'bao'], ['Ngọc Hân', 'han'], ['Đức Minh', 'minh'], ['Thanh Hương', 'huong'], ['Hoàng Long', 'long'], ['Khánh Linh', 'linh'], ['Gia Huy', 'huy'], ['Phương Thảo', 'thao']];

const FILIPINO_GIVEN = ['Angelica', 'Kristine', 'Mary Joy', 'Patricia', 'Joshua', 'John Paul', 'Mark Anthony', 'Carlo', 'Bea', 'Paolo', 'Andrea', 'Miguel', 'Camille', 'Rafael'];
const FILIPINO_FAMILY = ['Santos', 'Reyes', 'Cruz', 'Bautista', 'Garcia', 'Mendoza', 'Villanueva', 'Dela Cruz', 'Ramos', 'Aquino', 'Castillo', 'Navarro', 'Fernandez', 'Tolentino'];

const SPANISH_GIVEN = ['Lucía', 'Sofía', 'Martina', 'María', 'Paula', 'Valentina', 'Hugo', 'Mateo', 'Alejandro', 'Diego', 'Pablo', 'Javier', 'Carmen', 'Ximena', 'Santiago', 'Andrés'];
const SPANISH_FAMILY = ['García', 'Martínez', 'López', 'Sánchez', 'González', 'Rodríguez', 'Fernández', 'Pérez', 'Gómez', 'Díaz', 'Hernández', 'Ruiz', 'Flores', 'Torres', 'Romero', 'Navarro'];

const PORTUGUESE_GIVEN = ['Ana', 'Beatriz', 'Mariana', 'Juliana', 'Camila', 'Gabriel', 'Lucas', 'Rafael', 'Pedro', 'Tiago', 'João', 'Inês', 'Matheus', 'Larissa', 'Rodrigo', 'Leonor'];
const PORTUGUESE_FAMILY = ['Silva', 'Santos', 'Oliveira', 'Souza', 'Costa', 'Pereira', 'Ferreira', 'Almeida', 'Carvalho', 'Rodrigues', 'Gomes', 'Martins', 'Ribeiro', 'Lima'];

const JAPANESE_FAMILY: Part[] = [['佐藤', 'sato'], ['鈴木', 'suzuki'], ['高橋', 'takahashi'], ['田中', 'tanaka'], ['伊藤', 'ito'], ['渡辺', 'watanabe'], ['山本', 'yamamoto'], ['中村', 'nakamura'], ['小林', 'kobayashi'], ['加藤', 'kato']];
const JAPANESE_GIVEN: Part[] = [['美咲', 'misaki'], ['陽菜', 'hina'], ['結衣', 'yui'], ['さくら', 'sakura'], ['葵', 'aoi'], ['翔太', 'shota'], ['大輝', 'daiki'], ['蓮', 'ren'], ['悠真', 'yuma'], ['健太', 'kenta'], ['彩', 'aya'], ['拓海', 'takumi']];

const KOREAN_FAMILY: Part[] = [['김', 'kim'], ['이', 'lee'], ['박', 'park'], ['최', 'choi'], ['정', 'jung'], ['강', 'kang'], ['조', 'cho'], ['윤', 'yoon'], ['장', 'jang'], ['임', 'lim']];
const KOREAN_GIVEN: Part[] = [['민준', 'minjun'], ['서연', 'seoyeon'], ['지우', 'jiwoo'], ['하은', 'haeun'], ['도윤', 'doyun'], ['수아', 'sua'], ['예준', 'yejun'], ['지민', 'jimin'], ['서준', 'seojun'], ['유나', 'yuna']];

const ARABIC_GIVEN: Part[] = [['محمد', 'Mohammed'], ['أحمد', 'Ahmed'], ['عبدالله', 'Abdullah'], ['خالد', 'Khaled'], ['فاطمة', 'Fatima'], ['نورة', 'Noura'], ['مريم', 'Maryam'], ['سارة', 'Sara'], ['ريم', 'Reem'], ['يوسف', 'Yousef'], ['عمر', 'Omar'], ['لطيفة', 'Latifa']];
const ARABIC_FAMILY: Part[] = [['العتيبي', 'Al Otaibi'], ['القحطاني', 'Al Qahtani'], ['الشمري', 'Al Shammari'], ['المنصوري', 'Al Mansoori'], ['الهاشمي', 'Al Hashimi'], ['النعيمي', 'Al Nuaimi'], ['الزهراني', 'Al Zahrani'], ['الكعبي', 'Al Kaabi'], ['الدوسري', 'Al Dosari'], ['الفلاسي', 'Al Falasi']];

function givenFamily(random: Random, given: readonly Part[], family: readonly Part[], join: (g: string, f: string) => string): PersonName {
  const g = random.pick(given);
  const f = random.pick(family);
  return { display: join(native(g), native(f)), given: roman(g), family: roman(f) };
}

const spaced = (g: string, f: string): string => `${g} ${f}`;

/** English-speaking shoppers in Asia and the Gulf mostly carry local names, not Western ones. */
function englishSpeakerName(country: string, random: Random): PersonName {
  switch (country) {
    case 'SG':
    case 'MY':
      return random.chance(0.25)
        ? givenFamily(random, SG_INDIAN_GIVEN, SG_INDIAN_FAMILY, spaced)
        : givenFamily(random, SG_ENGLISH_GIVEN, SG_CHINESE_FAMILY, spaced);
    case 'HK':
      return givenFamily(random, WESTERN_GIVEN, HK_ENGLISH_FAMILY, spaced);
    case 'PH':
      return givenFamily(random, FILIPINO_GIVEN, FILIPINO_FAMILY, spaced);
    case 'AE':
      return random.chance(0.4)
        ? givenFamily(random, SG_INDIAN_GIVEN, SG_INDIAN_FAMILY, spaced)
        : givenFamily(random, WESTERN_GIVEN, WESTERN_FAMILY, spaced);
    default:
      return givenFamily(random, WESTERN_GIVEN, WESTERN_FAMILY, spaced);
  }
}

/** Name style by language tag of the customer's locale (and country where it matters). */
export function personName(language: string, country: string, random: Random): PersonName {
  switch (language) {
    case 'en':
      return englishSpeakerName(country, random);
    case 'zh-Hans':
      return givenFamily(random, CHINESE_GIVEN, CHINESE_FAMILY, (g, f) => f + g);
    case 'zh-Hant':
      return country === 'HK'
        ? givenFamily(random, HK_GIVEN, HK_FAMILY, (g, f) => f + g)
        : givenFamily(random, TW_GIVEN, TW_FAMILY, (g, f) => f + g);
    case 'id':
      return givenFamily(random, INDONESIAN_GIVEN, INDONESIAN_FAMILY, spaced);
    case 'ms': {
      const woman = random.chance(0.55);
      const first = random.pick(woman ? MALAY_WOMEN : MALAY_MEN);
      const father = random.pick(MALAY_FATHERS);
      return { display: `${first} ${woman ? 'binti' : 'bin'} ${father}`, given: ascii(first), family: ascii(father) };
    }
    case 'th':
      return givenFamily(random, THAI_GIVEN, THAI_FAMILY, spaced);
    case 'vi': {
      const family = random.pick(VIETNAMESE_FAMILY);
      const [given, emailGiven] = random.pick(VIETNAMESE_GIVEN);
      return { display: `${family} ${given}`, given: emailGiven, family: ascii(family) };
    }
    case 'fil':
      return givenFamily(random, FILIPINO_GIVEN, FILIPINO_FAMILY, spaced);
    case 'es': {
      // Spaniards and Mexicans carry both surnames; the e-mail usually keeps the first.
      const given = random.pick(SPANISH_GIVEN);
      const [first, second] = random.shuffle(SPANISH_FAMILY);
      return { display: `${given} ${first} ${second}`, given: roman(given), family: roman(first ?? '') };
    }
    case 'pt':
      return givenFamily(random, PORTUGUESE_GIVEN, PORTUGUESE_FAMILY, spaced);
    case 'ja':
      return givenFamily(random, JAPANESE_GIVEN, JAPANESE_FAMILY, (g, f) => `${f} ${g}`);
    case 'ko':
      return givenFamily(random, KOREAN_GIVEN, KOREAN_FAMILY, (g, f) => f + g);
    case 'ar': {
      // Gulf shoppers often check out in Latin script, which couriers also prefer.
      const g = random.pick(ARABIC_GIVEN);
      const f = random.pick(ARABIC_FAMILY);
      const inArabic = random.chance(0.5);
      const display = inArabic ? `${native(g)} ${native(f)}` : `${typeof g === 'string' ? g : g[1]} ${typeof f === 'string' ? f : f[1]}`;
      return { display, given: roman(g), family: roman(f) };
    }
    default:
      throw new Error(`no name pool for language ${language}`);
  }
}
