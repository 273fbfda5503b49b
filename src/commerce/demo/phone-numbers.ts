// Mobile numbers in E.164 for each market, built from real mobile prefixes so they look and
// validate like the numbers shoppers actually give at checkout.
import type { Random } from './random.js';

interface MobilePlan {
  callingCode: string;
  /** Leading digits of allocated national mobile ranges (checked against libphonenumber's metadata in the tests). */
  prefixes: readonly string[];
  /** Length of the national significant number. */
  length: number;
}

const PLANS: Record<string, MobilePlan> = {
  SG: { callingCode: '65', prefixes: ['81', '82', '83', '84', '85', '86', '87', '88', '90', '91', '92', '93', '94', '96', '97', '98'], length: 8 },
  MY: { callingCode: '60', prefixes: ['12', '16', '19', '132', '136', '139', '172', '173', '177'], length: 9 },
  ID: { callingCode: '62', prefixes: ['811', '812', '813', '821', '822', '852', '853', '856', '857', '858', '877', '878', '895', '896', '897'], length: 11 },
  TH: { callingCode: '66', prefixes: ['61', '62', '63', '64', '65', '81', '82', '83', '84', '85', '86', '87', '88', '89', '91', '92', '93', '94', '95'], length: 9 },
  VN: { callingCode: '84', prefixes: ['32', '33', '34', '35', '36', '37', '38', '39', '70', '76', '77', '78', '79', '81', '82', '83', '84', '85', '86', '88', '90', '91', '93', '94', '96', '97', '98'], length: 9 },
  PH: { callingCode: '63', prefixes: ['905', '906', '915', '916', '917', '918', '919', '920', '921', '926', '927', '928', '929', '935', '936', '945', '947', '949', '956', '961', '966', '977', '995', '998'], length: 10 },
  CN: { callingCode: '86', prefixes: ['130', '131', '132', '135', '136', '137', '138', '139', '150', '151', '152', '158', '159', '177', '180', '181', '186', '187', '188', '189', '199'], length: 11 },
  HK: { callingCode: '852', prefixes: ['510', '512', '517', '530', '552', '561', '601', '613', '620', '634', '652', '661', '690', '902', '917', '923', '934', '948', '951', '962', '975', '988'], length: 8 },
  TW: { callingCode: '886', prefixes: ['905', '910', '911', '912', '913', '918', '919', '920', '921', '922', '928', '930', '932', '933', '935', '937', '938', '952', '953', '958', '960', '963', '966', '968', '970', '972', '975', '978', '980', '983', '988'], length: 9 },
  JP: { callingCode: '81', prefixes: ['702', '704', '708', '801', '803', '806', '809', '901', '903', '905', '908'], length: 10 },
  KR: { callingCode: '82', prefixes: ['1020', '1023', '1031', '1041', '1045', '1052', '1062', '1077', '1084', '1090', '1093', '1099'], length: 10 },
  AE: { callingCode: '971', prefixes: ['50', '52', '54', '55', '56', '58'], length: 9 },
  SA: { callingCode: '966', prefixes: ['50', '53', '54', '55', '56', '58', '59'], length: 9 },
  US: { callingCode: '1', prefixes: ['206', '212', '213', '312', '415', '503', '512', '617', '646', '702', '718', '773', '808', '917', '929'], length: 10 },
  GB: { callingCode: '44', prefixes: ['7400', '7450', '7500', '7510', '7712', '7800', '7825', '7900', '7944', '7958'], length: 10 },
  AU: { callingCode: '61', prefixes: ['400', '401', '402', '403', '404', '405', '406', '407', '408', '409', '410', '411', '412', '413', '414', '415', '416', '417', '418', '419', '420', '421', '422', '423', '424', '425', '426', '427', '428', '429', '430', '431', '432', '433', '434', '435', '436', '437', '438', '439'], length: 9 },
  ES: { callingCode: '34', prefixes: ['6', '71', '72', '73', '74'], length: 9 },
  MX: { callingCode: '52', prefixes: ['55', '33', '81', '222', '442', '998'], length: 10 },
  BR: { callingCode: '55', prefixes: ['119', '219', '319', '419', '519', '619', '719', '819'], length: 11 },
  PT: { callingCode: '351', prefixes: ['91', '92', '93', '96'], length: 9 },
};

export function mobileNumber(country: string, random: Random): string {
  const plan = PLANS[country];
  if (!plan) throw new Error(`no mobile plan for ${country}`);
  let national = random.pick(plan.prefixes);
  // North American exchanges and Brazilian mobile blocks may not start low; the rest take any digit.
  if (country === 'US') national += String(random.int(2, 9));
  if (country === 'BR') national += String(random.int(6, 9));
  while (national.length < plan.length) national += String(random.int(0, 9));
  return `+${plan.callingCode}${national}`;
}
