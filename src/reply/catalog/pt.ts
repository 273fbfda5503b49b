// Portuguese (pt) reply texts, Brazilian chat style using "você".
import type { Catalog } from './en.js';

export const pt: Catalog = {
  greeting: 'Oi! Sou o assistente virtual da loja {shop}. Posso consultar um pedido, explicar sobre frete, trocas e devoluções e pagamentos, ou chamar alguém da equipe. Como posso ajudar?',
  thanks: 'Por nada! Posso ajudar com mais alguma coisa?',
  goodbye: 'A equipe {shop} agradece o contato. Tenha um ótimo dia!',
  ask_order_number: 'Claro, vou verificar. Qual é o número do seu pedido? Ele é parecido com {example}.',
  ask_order_email: 'Para proteger sua privacidade, me informe o e-mail usado no pedido {number}.',
  order_not_found: 'Não encontrei o pedido {number} com esses dados. Confira o número (ele é parecido com {example}) e o e-mail usado na compra.',
  order_unpaid: 'O pedido {number} está aguardando pagamento ({total}). Ele será processado assim que o pagamento for confirmado.',
  order_awaiting_group_buy: 'O pedido {number} está pago e aguardando o fechamento do grupo da compra coletiva. Assim que o grupo estiver completo, ele será embalado e enviado.',
  order_paid: 'O pedido {number} está pago e em preparação. Garantimos a entrega até {promised}.',
  order_packed: 'O pedido {number} já foi embalado e será entregue à transportadora em breve. Garantimos a entrega até {promised}.',
  order_partially_shipped: 'Parte do pedido {number} já está a caminho via {carrier} (código de rastreio {tracking}): {event}. O restante será enviado em outro pacote.',
  order_shipped: 'O pedido {number} está a caminho via {carrier}, código de rastreio {tracking}. Última atualização: {event}. Previsão de entrega: {eta}.',
  order_delivered: 'O pedido {number} foi entregue em {delivered}. Se tiver algum problema com ele, me avise que eu chamo alguém da equipe para ajudar.',
  order_cancelled: 'O pedido {number} foi cancelado em {cancelled}. Qualquer valor pago será estornado para a forma de pagamento original.',
  order_closed: 'O pedido {number} foi concluído e encerrado. Posso ajudar com mais alguma coisa sobre ele?',
  handoff: 'Estou transferindo você para alguém da nossa equipe, que vai continuar o atendimento. Pode continuar escrevendo; a pessoa verá toda a conversa.',
  handoff_anger: 'Sinto muito por isso. Já estou chamando alguém da equipe para resolver tudo direitinho.',
  clarify: 'Desculpe, não entendi muito bem. Pode explicar de outro jeito? Posso ajudar com pedidos, rastreio, frete, trocas e devoluções, pagamentos e cupons.',
  knowledge: '{body}',
  knowledge_source: 'Fonte: {title}',
  no_answer: 'Não tenho uma resposta segura sobre isso, então vou passar para alguém da equipe.',
  quick_order: 'Onde está meu pedido?',
  quick_shipping: 'Valor do frete',
  quick_returns: 'Política de devolução',
};
