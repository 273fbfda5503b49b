// Shipping addresses in each market's own format (HDB blocks in Singapore, Jalan in Malaysia,
// prefecture-first in Japan), so labels and address-change conversations look real.
import type { Address } from '../types.js';
import type { Random } from './random.js';

type Place = Omit<Address, 'name' | 'phone'>;

interface City {
  city: string;
  region?: string;
  /** Postal codes used in the area, or a prefix to complete with random digits. */
  postal: (random: Random) => string;
  streets: readonly string[];
}

const digits = (random: Random, count: number): string =>
  Array.from({ length: count }, () => String(random.int(0, 9))).join('');
const oneOf = (...codes: string[]) => (random: Random) => random.pick(codes);
const prefixed = (prefix: string, total: number) => (random: Random) => prefix + digits(random, total - prefix.length);

const CITIES: Record<string, readonly City[]> = {
  SG: [
    { city: 'Singapore', postal: prefixed('52', 6), streets: ['Tampines Street 21', 'Tampines Avenue 4', 'Tampines Street 81'] },
    { city: 'Singapore', postal: prefixed('56', 6), streets: ['Ang Mo Kio Avenue 3', 'Ang Mo Kio Street 52'] },
    { city: 'Singapore', postal: prefixed('82', 6), streets: ['Punggol Field', 'Edgefield Plains', 'Sumang Walk'] },
    { city: 'Singapore', postal: prefixed('64', 6), streets: ['Jurong West Street 61', 'Jurong West Avenue 1'] },
    { city: 'Singapore', postal: prefixed('31', 6), streets: ['Lorong 1 Toa Payoh', 'Toa Payoh Lorong 8'] },
  ],
  MY: [
    { city: 'Petaling Jaya', region: 'Selangor', postal: oneOf('47300', '47400', '46200'), streets: ['Jalan SS 2/24', 'Jalan 17/45', 'Jalan PJU 7/3'] },
    { city: 'Kuala Lumpur', region: 'Wilayah Persekutuan', postal: oneOf('59200', '50450', '55100'), streets: ['Jalan Kerinchi', 'Jalan Ampang', 'Jalan Bangsar'] },
    { city: 'Johor Bahru', region: 'Johor', postal: oneOf('80250', '81200'), streets: ['Jalan Harimau Tarum', 'Jalan Austin Heights 8'] },
    { city: 'George Town', region: 'Pulau Pinang', postal: oneOf('10200', '10450'), streets: ['Lebuh Armenian', 'Jalan Burma'] },
  ],
  ID: [
    { city: 'Jakarta Selatan', region: 'DKI Jakarta', postal: oneOf('12730', '12150', '12940'), streets: ['Jl. Kemang Raya', 'Jl. Senopati', 'Jl. Rasuna Said'] },
    { city: 'Bandung', region: 'Jawa Barat', postal: oneOf('40115', '40132'), streets: ['Jl. Riau', 'Jl. Dago'] },
    { city: 'Surabaya', region: 'Jawa Timur', postal: oneOf('60271', '60241'), streets: ['Jl. Darmo', 'Jl. Raya Gubeng'] },
    { city: 'Denpasar', region: 'Bali', postal: oneOf('80234', '80361'), streets: ['Jl. Teuku Umar', 'Jl. Sunset Road'] },
  ],
  TH: [
    { city: 'Khlong Toei, Bangkok', region: 'Bangkok', postal: oneOf('10110'), streets: ['Sukhumvit Soi 31', 'Sukhumvit Soi 24', 'Rama IV Road'] },
    { city: 'Chatuchak, Bangkok', region: 'Bangkok', postal: oneOf('10900'), streets: ['Phahonyothin Road', 'Vibhavadi Rangsit Road'] },
    { city: 'Mueang Chiang Mai', region: 'Chiang Mai', postal: oneOf('50200'), streets: ['Nimmanhaemin Road', 'Huay Kaew Road'] },
  ],
  VN: [
    { city: 'Quận 1', region: 'TP. Hồ Chí Minh', postal: oneOf('700000'), streets: ['Nguyễn Huệ', 'Lê Thánh Tôn', 'Pasteur'] },
    { city: 'Quận 3', region: 'TP. Hồ Chí Minh', postal: oneOf('700000'), streets: ['Võ Văn Tần', 'Nam Kỳ Khởi Nghĩa'] },
    { city: 'Quận Hoàn Kiếm', region: 'Hà Nội', postal: oneOf('100000'), streets: ['Hàng Bài', 'Lý Thường Kiệt', 'Tràng Tiền'] },
    { city: 'Quận Hải Châu', region: 'Đà Nẵng', postal: oneOf('550000'), streets: ['Bạch Đằng', 'Lê Duẩn'] },
  ],
  PH: [
    { city: 'Makati', region: 'Metro Manila', postal: oneOf('1226', '1209'), streets: ['Ayala Avenue', 'Legazpi Street', 'Salcedo Street'] },
    { city: 'Quezon City', region: 'Metro Manila', postal: oneOf('1103', '1105'), streets: ['Tomas Morato Avenue', 'Katipunan Avenue'] },
    { city: 'Cebu City', region: 'Cebu', postal: oneOf('6000'), streets: ['Gorordo Avenue', 'Mango Avenue'] },
  ],
  CN: [
    { city: '上海市', region: '上海市', postal: oneOf('200040', '200031'), streets: ['静安区南京西路', '徐汇区淮海中路', '长宁区愚园路'] },
    { city: '深圳市', region: '广东省', postal: oneOf('518000', '518057'), streets: ['南山区科技园南路', '福田区福华三路'] },
    { city: '北京市', region: '北京市', postal: oneOf('100020', '100027'), streets: ['朝阳区建国路', '朝阳区三里屯路'] },
  ],
  HK: [
    { city: 'Wan Chai', region: 'Hong Kong Island', postal: oneOf(''), streets: ['Hennessy Road', 'Johnston Road'] },
    { city: 'Tsim Sha Tsui', region: 'Kowloon', postal: oneOf(''), streets: ['Nathan Road', 'Canton Road'] },
    { city: 'Sha Tin', region: 'New Territories', postal: oneOf(''), streets: ['Tai Chung Kiu Road', 'Sha Tin Centre Street'] },
  ],
  TW: [
    { city: '台北市', region: '大安區', postal: oneOf('106'), streets: ['忠孝東路四段', '敦化南路一段', '復興南路一段'] },
    { city: '台中市', region: '西區', postal: oneOf('403'), streets: ['公益路二段', '美村路一段'] },
    { city: '高雄市', region: '苓雅區', postal: oneOf('802'), streets: ['四維三路', '中正二路'] },
  ],
  JP: [
    { city: '渋谷区', region: '東京都', postal: oneOf('150-0041', '150-0001'), streets: ['神南', '神宮前'] },
    { city: '世田谷区', region: '東京都', postal: oneOf('154-0004', '155-0031'), streets: ['太子堂', '北沢'] },
    { city: '大阪市北区', region: '大阪府', postal: oneOf('530-0012'), streets: ['芝田'] },
  ],
  KR: [
    { city: '강남구', region: '서울특별시', postal: oneOf('06236', '06164'), streets: ['테헤란로', '봉은사로'] },
    { city: '마포구', region: '서울특별시', postal: oneOf('04050', '04031'), streets: ['와우산로', '양화로'] },
    { city: '해운대구', region: '부산광역시', postal: oneOf('48094'), streets: ['해운대로', '센텀중앙로'] },
  ],
  AE: [
    { city: 'Dubai', region: 'Dubai', postal: oneOf(''), streets: ['Marina Walk, Dubai Marina', 'Al Wasl Road, Jumeirah', 'Sheikh Zayed Road'] },
    { city: 'Abu Dhabi', region: 'Abu Dhabi', postal: oneOf(''), streets: ['Corniche Road', 'Al Reem Island'] },
  ],
  SA: [
    { city: 'Riyadh', region: 'Riyadh Province', postal: oneOf('12211', '12241'), streets: ['King Fahd Road, Al Olaya', 'Tahlia Street'] },
    { city: 'Jeddah', region: 'Makkah Province', postal: oneOf('23432', '21577'), streets: ['Prince Sultan Road', 'Al Tahlia Street'] },
  ],
  US: [
    { city: 'Portland', region: 'OR', postal: oneOf('97205', '97209', '97214'), streets: ['SE Hawthorne Blvd', 'NW 23rd Ave'] },
    { city: 'Brooklyn', region: 'NY', postal: oneOf('11211', '11215', '11238'), streets: ['Bedford Ave', '7th Ave', 'Fulton St'] },
    { city: 'San Francisco', region: 'CA', postal: oneOf('94110', '94117'), streets: ['Valencia St', 'Haight St'] },
    { city: 'Austin', region: 'TX', postal: oneOf('78704', '78751'), streets: ['S Congress Ave', 'Duval St'] },
  ],
  GB: [
    { city: 'London', postal: oneOf('N1 9AG', 'E8 3RL', 'SW9 8LB', 'SE15 4QN'), streets: ['Caledonian Road', 'Mare Street', 'Brixton Road', 'Rye Lane'] },
    { city: 'Manchester', postal: oneOf('M4 1HQ', 'M20 2RN'), streets: ['Oldham Street', 'Burton Road'] },
    { city: 'Edinburgh', postal: oneOf('EH6 6QU', 'EH9 1PR'), streets: ['Leith Walk', 'Marchmont Road'] },
  ],
  AU: [
    { city: 'Fitzroy', region: 'VIC', postal: oneOf('3065'), streets: ['Brunswick Street', 'Smith Street'] },
    { city: 'Surry Hills', region: 'NSW', postal: oneOf('2010'), streets: ['Crown Street', 'Bourke Street'] },
    { city: 'Fortitude Valley', region: 'QLD', postal: oneOf('4006'), streets: ['James Street', 'Brunswick Street'] },
  ],
  ES: [
    { city: 'Madrid', region: 'Madrid', postal: oneOf('28004', '28009', '28012'), streets: ['Calle de Alcalá', 'Calle de Fuencarral', 'Calle de Embajadores'] },
    { city: 'Barcelona', region: 'Barcelona', postal: oneOf('08010', '08012', '08037'), streets: ['Carrer de Girona', 'Carrer de Verdi', 'Passeig de Sant Joan'] },
    { city: 'Valencia', region: 'Valencia', postal: oneOf('46004', '46005'), streets: ['Carrer de Sueca', 'Gran Vía Marqués del Turia'] },
  ],
  MX: [
    { city: 'Ciudad de México', region: 'CDMX', postal: oneOf('06700', '06140', '03100'), streets: ['Av. Álvaro Obregón', 'Calle Ámsterdam', 'Av. Coyoacán'] },
    { city: 'Guadalajara', region: 'Jalisco', postal: oneOf('44160', '44600'), streets: ['Av. Chapultepec', 'Calle López Cotilla'] },
    { city: 'Monterrey', region: 'Nuevo León', postal: oneOf('64000', '64060'), streets: ['Av. Constitución', 'Calle Padre Mier'] },
  ],
  BR: [
    { city: 'São Paulo', region: 'SP', postal: oneOf('01304-001', '05416-000', '04538-132'), streets: ['Rua Augusta', 'Rua Harmonia', 'Av. Brigadeiro Faria Lima'] },
    { city: 'Rio de Janeiro', region: 'RJ', postal: oneOf('22410-003', '22250-040'), streets: ['Rua Visconde de Pirajá', 'Rua Voluntários da Pátria'] },
    { city: 'Curitiba', region: 'PR', postal: oneOf('80240-210'), streets: ['Rua Visconde do Rio Branco'] },
  ],
  PT: [
    { city: 'Lisboa', postal: oneOf('1200-203', '1150-019', '1900-221'), streets: ['Rua Garrett', 'Avenida da Liberdade', 'Rua de Arroios'] },
    { city: 'Porto', postal: oneOf('4000-322', '4050-253'), streets: ['Rua de Santa Catarina', 'Rua de Cedofeita'] },
  ],
};

/** Street line(s) written the way each country writes them. */
function streetLines(country: string, street: string, random: Random): Pick<Place, 'line1' | 'line2'> {
  const n = random.int(1, 180);
  const floor = random.int(2, 25);
  const unit = random.int(1, 12);
  switch (country) {
    case 'SG':
      return { line1: `Blk ${random.int(101, 699)} ${street}`, line2: `#${String(floor).padStart(2, '0')}-${random.int(10, 580)}` };
    case 'MY':
      return { line1: `No. ${n}, ${street}` };
    case 'ID':
      return { line1: `${street} No. ${n}`, line2: `RT ${String(random.int(1, 12)).padStart(3, '0')}/RW ${String(random.int(1, 9)).padStart(3, '0')}` };
    case 'TH':
      return { line1: `${n}/${random.int(1, 60)} ${street}` };
    case 'VN':
      return { line1: `${n} ${street}` };
    case 'PH':
      return { line1: `Unit ${floor}${String.fromCharCode(64 + unit)}, ${n} ${street}` };
    case 'CN':
      return { line1: `${street}${n}号`, line2: `${random.int(1, 30)}楼${random.int(1, 30)}0${unit}室` };
    case 'TW':
      return { line1: `${street}${n}號${floor}樓` };
    case 'JP':
      return { line1: `${street}${random.int(1, 6)}-${random.int(1, 20)}-${random.int(1, 15)}` };
    case 'KR':
      return { line1: `${street} ${n}`, line2: `${random.int(1, 12)}층 ${random.int(1, 9)}0${unit}호` };
    case 'HK':
      return { line1: `Flat ${String.fromCharCode(64 + unit)}, ${floor}/F`, line2: `${n} ${street}` };
    case 'AE':
      return { line1: `Apartment ${floor}0${unit}`, line2: street };
    case 'SA':
      return { line1: `Building ${random.int(1000, 9999)}, ${street}` };
    case 'US':
    case 'AU':
      return { line1: `${random.int(10, 2999)} ${street}`, ...(random.chance(0.3) ? { line2: `Apt ${floor}${String.fromCharCode(64 + unit)}` } : {}) };
    case 'GB':
      return { line1: `Flat ${unit}, ${n} ${street}` };
    case 'ES':
      return { line1: `${street}, ${n}, ${floor % 8 + 1}º ${String.fromCharCode(64 + (unit % 4) + 1)}` };
    case 'MX':
      return { line1: `${street} ${n}`, line2: `Int. ${floor}0${unit}` };
    case 'BR':
      return { line1: `${street}, ${n * 7}`, line2: `Apto ${floor}${unit}` };
    case 'PT':
      return { line1: `${street} ${n}, ${floor % 6 + 1}º ${random.pick(['Esq.', 'Dto.'])}` };
    default:
      return { line1: `${n} ${street}` };
  }
}

export function randomAddress(country: string, random: Random): Place {
  const cities = CITIES[country];
  if (!cities) throw new Error(`no addresses for ${country}`);
  const city = random.pick(cities);
  const street = random.pick(city.streets);
  const lines = streetLines(country, street, random);
  return {
    line1: lines.line1,
    ...(lines.line2 ? { line2: lines.line2 } : {}),
    city: city.city,
    ...(city.region ? { region: city.region } : {}),
    // Hong Kong and the UAE have no postcodes; the field stays empty rather than holding a fake one.
    postalCode: city.postal(random),
    country,
  };
}
