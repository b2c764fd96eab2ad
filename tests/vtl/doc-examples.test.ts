// Mapping-template examples from the API Gateway Developer Guide, with the outputs the guide shows. Where the guide
// shows JSON, outputs are compared as JSON (the guide's whitespace is not what the template literally emits).
import { describe, expect, it } from 'vitest';
import { render } from './render-helper.ts';

const PETS =
  '[\n  { "id": 1, "type": "dog", "price": 249.99 },\n  { "id": 2, "type": "cat", "price": 124.99 },\n  { "id": 3, "type": "fish", "price": 0.99 }\n]';

describe('pet store', () => {
  it('integration response template (DG set-up-data-transformations-in-api-gateway: "To transform the GET integration response")', () => {
    const template = `#set($inputRoot = $input.path('$'))
[
#foreach($elem in $inputRoot)
  {
    "description" : "Item $elem.id is a $elem.type.",
    "askingPrice" : $elem.price
  }#if($foreach.hasNext),#end

#end
]`;
    expect(JSON.parse(render(template, { body: PETS }))).toEqual([
      { description: 'Item 1 is a dog.', askingPrice: 249.99 },
      { description: 'Item 2 is a cat.', askingPrice: 124.99 },
      { description: 'Item 3 is a fish.', askingPrice: 0.99 },
    ]);
  });

  it('flattened listings (DG getting-started walkthrough, PetsModelFlattenAll)', () => {
    const template = `#set($inputRoot = $input.path('$'))
{
  "listings" : [
#foreach($elem in $inputRoot)
    "Item number $elem.id is a $elem.type. The asking price is $elem.price."#if($foreach.hasNext),#end
        
#end
  ]
}`;
    expect(JSON.parse(render(template, { body: PETS }))).toEqual({
      listings: [
        'Item number 1 is a dog. The asking price is 249.99.',
        'Item number 2 is a cat. The asking price is 124.99.',
        'Item number 3 is a fish. The asking price is 0.99.',
      ],
    });
  });

  it('DG models-mappings: the same template on the request side reads the method request payload', () => {
    const template = `#set($inputRoot = $input.path('$'))
[
#foreach($elem in $inputRoot)
  {
    "description" : "Item $elem.id is a $elem.type.",
    "askingPrice" : $elem.price
  }#if($foreach.hasNext),#end

#end
]`;
    const out = render(template, { body: '[{"id": 4, "type": "bird", "price": 15.5}]' });
    expect(JSON.parse(out)).toEqual([{ description: 'Item 4 is a bird.', askingPrice: 15.5 }]);
  });
});

describe('photo album (DG rest-api-develop-models-mapping-examples, "Example data transformation")', () => {
  it('transforms the photos payload into the documented output', () => {
    const input = {
      photos: {
        page: 1,
        pages: '1234',
        perpage: 100,
        total: '123398',
        photo: [
          {
            id: '12345678901',
            owner: '23456789@A12',
            photographer_first_name: 'Saanvi',
            photographer_last_name: 'Sarkar',
            secret: 'abc123d456',
            server: '1234',
            farm: 1,
            title: 'Sample photo 1',
            ispublic: true,
            isfriend: false,
            isfamily: false,
          },
          {
            id: '23456789012',
            owner: '34567890@B23',
            photographer_first_name: 'Richard',
            photographer_last_name: 'Roe',
            secret: 'bcd234e567',
            server: '2345',
            farm: 2,
            title: 'Sample photo 2',
            ispublic: true,
            isfriend: false,
            isfamily: false,
          },
        ],
      },
    };
    const template = `#set($inputRoot = $input.path('$'))
{
  "photos": [
#foreach($elem in $inputRoot.photos.photo)
    {
      "id": "$elem.id",
      "photographedBy": "$elem.photographer_first_name $elem.photographer_last_name",
      "title": "$elem.title",
      "ispublic": $elem.ispublic,
      "isfriend": $elem.isfriend,
      "isfamily": $elem.isfamily
    }#if($foreach.hasNext),#end

#end
  ]
}`;
    expect(JSON.parse(render(template, { body: JSON.stringify(input, null, 2) }))).toEqual({
      photos: [
        {
          id: '12345678901',
          photographedBy: 'Saanvi Sarkar',
          title: 'Sample photo 1',
          ispublic: true,
          isfriend: false,
          isfamily: false,
        },
        {
          id: '23456789012',
          photographedBy: 'Richard Roe',
          title: 'Sample photo 2',
          ispublic: true,
          isfriend: false,
          isfamily: false,
        },
      ],
    });
  });
});

describe('sales invoice (DG example-invoice)', () => {
  const original = {
    DueDate: '2013-02-15',
    Balance: 1990.19,
    DocNumber: 'SAMP001',
    Status: 'Payable',
    Line: [
      {
        Description: 'Sample Expense',
        Amount: 500,
        DetailType: 'ExpenseDetail',
        ExpenseDetail: {
          Customer: { value: 'ABC123', name: 'Sample Customer' },
          Ref: { value: 'DEF234', name: 'Sample Construction' },
          Account: { value: 'EFG345', name: 'Fuel' },
          LineStatus: 'Billable',
        },
      },
    ],
    Vendor: { value: 'GHI456', name: 'Sample Bank' },
    APRef: { value: 'HIJ567', name: 'Accounts Payable' },
    TotalAmt: 1990.19,
  };

  it('the input mapping template reproduces the original data', () => {
    const template = `#set($inputRoot = $input.path('$'))
{
  "DueDate": "$inputRoot.DueDate",
  "Balance": $inputRoot.Balance,
  "DocNumber": "$inputRoot.DocNumber",
  "Status": "$inputRoot.Status",
  "Line": [
#foreach($elem in $inputRoot.Line)
    {
      "Description": "$elem.Description",
      "Amount": $elem.Amount,
      "DetailType": "$elem.DetailType",
      "ExpenseDetail": {
        "Customer": {
          "value": "$elem.ExpenseDetail.Customer.value",
          "name": "$elem.ExpenseDetail.Customer.name"
        },
        "Ref": {
          "value": "$elem.ExpenseDetail.Ref.value",
          "name": "$elem.ExpenseDetail.Ref.name"
        },
        "Account": {
          "value": "$elem.ExpenseDetail.Account.value",
          "name": "$elem.ExpenseDetail.Account.name"
        },
        "LineStatus": "$elem.ExpenseDetail.LineStatus"
      }
    }#if($foreach.hasNext),#end
        
#end
  ],
  "Vendor": {
    "value": "$inputRoot.Vendor.value",
    "name": "$inputRoot.Vendor.name"
  },
  "APRef": {
    "value": "$inputRoot.APRef.value",
    "name": "$inputRoot.APRef.name"
  },
  "TotalAmt": $inputRoot.TotalAmt
}`;
    expect(JSON.parse(render(template, { body: JSON.stringify(original, null, 2) }))).toEqual(original);
  });
});

describe('$util.parseJson doc vector (DG mapping-template-reference, $util table)', () => {
  it('outputs exactly the documented text', () => {
    const template =
      '#set ($errorMessageObj = $util.parseJson($input.path(\'$.errorMessage\')))\n{\n   "errorMessageObjKey2ArrVal" : $errorMessageObj.key2.arr[0]\n}\n';
    expect(
      render(template, { body: '{"errorMessage":"{\\"key1\\":\\"var1\\",\\"key2\\":{\\"arr\\":[1,2,3]}}"}' }),
    ).toBe('{\n   "errorMessageObjKey2ArrVal" : 1\n}\n');
  });
});
